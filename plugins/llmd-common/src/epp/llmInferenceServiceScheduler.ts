import { stringify } from 'yaml';
import { isPlainObject } from '../kube/isPlainObject';
import type { EppPath } from './eppDiagnostic';
import { objectsAt, valueAt } from '../kube/kubeObject';

/** A container of the EPP (scheduler) pod template of an LLMInferenceService. */
export interface SchedulerContainer {
  readonly name?: string;
  readonly args: readonly string[];
  readonly path: EppPath;
}

/**
 * The KServe controller only reads the arguments of the scheduler container with this name.
 *
 * @public
 */
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

/**
 * The scheduler flag carrying the EndpointPickerConfig text: `--config-text` today, `--configText` in the older
 * Gateway API Inference Extension EPPs (still found in deployed manifests).
 */
export const CONFIG_TEXT_FLAGS = ['--config-text', '--configText'] as const;
/** The scheduler flag naming the EndpointPickerConfig file; see {@link CONFIG_TEXT_FLAGS}. */
export const CONFIG_FILE_FLAGS = ['--config-file', '--configFile'] as const;

/** A flag name without its dashes: Go's flag package takes `-name` and `--name` alike. */
const bareFlag = (flag: string) => flag.replace(/^--?/, '');

/** Where a flag is in an argument list, and where its value is. */
export interface FlagPosition {
  /** Index of the argument holding the value: the flag's own for `--f=v`, the next one for `--f v`. */
  readonly valueIndex: number;
  /** The value, or `true` for a flag given without one. */
  readonly value: string | true;
}

/**
 * Finds a command-line flag (`--f v`, `--f=v`, or with one dash as Go's flag package allows). `flag` may list alias
 * spellings; the first occurrence of any wins.
 */
export function findFlag(
  args: readonly unknown[],
  flag: string | readonly string[],
): FlagPosition | undefined {
  const names = new Set(
    (typeof flag === 'string' ? [flag] : flag).map(bareFlag),
  );
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string' || !arg.startsWith('-')) continue;
    const [name, ...rest] = bareFlag(arg).split('=');
    if (!names.has(name)) continue;
    if (rest.length > 0) return { valueIndex: i, value: rest.join('=') };
    const next = args[i + 1];
    return typeof next === 'string' && !next.startsWith('--')
      ? { valueIndex: i + 1, value: next }
      : { valueIndex: i, value: true };
  }
  return undefined;
}

/** The value of a command-line flag (see {@link findFlag}), `true` when given without value, else undefined. */
export function flagValue(
  args: readonly string[],
  flag: string | readonly string[],
): string | true | undefined {
  return findFlag(args, flag)?.value;
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
  const fromArgs = flagValue(
    mainSchedulerArgs(llmisvc) ?? [],
    CONFIG_TEXT_FLAGS,
  );
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
