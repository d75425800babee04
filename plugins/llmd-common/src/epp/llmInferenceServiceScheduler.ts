import { stringify } from 'yaml';
import { isPlainObject } from './endpointPickerConfig';
import type { EppPath } from './eppDiagnostic';
import { objectsAt, valueAt } from '../models/kubeObject';

/** A container of the EPP (scheduler) pod template of an LLMInferenceService. */
export interface SchedulerContainer {
  readonly name?: string;
  readonly args: readonly string[];
  readonly path: EppPath;
}

/** The KServe controller only reads the arguments of the scheduler container with this name. */
export const SCHEDULER_MAIN_CONTAINER = 'main';

/** The scheduler container `main` of an LLMInferenceService or LLMInferenceServiceConfig, as written. */
export function mainSchedulerContainer(
  llmisvc: unknown,
): Record<string, unknown> | undefined {
  return objectsAt(
    llmisvc,
    'spec',
    'router',
    'scheduler',
    'template',
    'containers',
  ).find(c => c.name === SCHEDULER_MAIN_CONTAINER);
}

/** Containers of `spec.router.scheduler.template` with their string arguments. */
export function schedulerContainers(llmisvc: unknown): SchedulerContainer[] {
  const containers = valueAt(
    llmisvc,
    'spec',
    'router',
    'scheduler',
    'template',
    'containers',
  );
  if (!Array.isArray(containers)) return [];
  return containers.flatMap((container, index) => {
    if (!isPlainObject(container)) return [];
    const args = Array.isArray(container.args)
      ? container.args.filter((a): a is string => typeof a === 'string')
      : [];
    return [
      {
        name: typeof container.name === 'string' ? container.name : undefined,
        args,
        path: ['spec', 'router', 'scheduler', 'template', 'containers', index],
      },
    ];
  });
}

/** The value of a command-line flag (`--f v` or `--f=v`), `true` when given without value, else undefined. */
export function flagValue(
  args: readonly string[],
  flag: string,
): string | true | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === flag) {
      const next = args[i + 1];
      return next !== undefined && !next.startsWith('--') ? next : true;
    }
    if (args[i].startsWith(`${flag}=`)) return args[i].slice(flag.length + 1);
  }
  return undefined;
}

/** Arguments of the scheduler container the controller actually uses (`main`). */
export function mainSchedulerArgs(
  llmisvc: unknown,
): readonly string[] | undefined {
  return schedulerContainers(llmisvc).find(
    c => c.name === SCHEDULER_MAIN_CONTAINER,
  )?.args;
}

/**
 * The EndpointPickerConfig text an LLMInferenceService deploys: `--config-text` of the scheduler container `main`
 * (v1alpha1) or `spec.router.scheduler.config.inline` (newer API versions); undefined when it uses the default.
 */
export function extractEndpointPickerConfigText(
  llmisvc: unknown,
): string | undefined {
  const fromArgs = flagValue(mainSchedulerArgs(llmisvc) ?? [], '--config-text');
  if (typeof fromArgs === 'string') return fromArgs;
  const inline = valueAt(
    llmisvc,
    'spec',
    'router',
    'scheduler',
    'config',
    'inline',
  );
  if (typeof inline === 'string') return inline;
  return isPlainObject(inline) ? stringify(inline) : undefined;
}
