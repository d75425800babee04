import {
  CONFIG_TEXT_FLAGS,
  findFlag,
  SCHEDULER_MAIN_CONTAINER,
} from '../epp/llmInferenceServiceScheduler';
import type { EppDialectId } from '../epp/eppDialects';
import {
  analyzeEppConfig,
  type EppConfigAnalysis,
} from '../models/analyzeEppConfig';
import { readEppConfigLayer, schedulerImageOf } from '../models/eppConfigLayer';
import { valueAt } from '../models/kubeObject';
import { formatFieldPath } from './fieldPath';

/** The EPP config an LLMInferenceService carries itself, where it is, and its dialect and lint result. */
export interface PolicyEppConfig {
  /** Field path of the config text: the `--config-text` argument or `spec.router.scheduler.config.inline`. */
  readonly path: string;
  readonly analysis: EppConfigAnalysis;
}

const SCHEDULER_CONTAINERS = [
  'spec',
  'router',
  'scheduler',
  'template',
  'containers',
] as const;

/** Path of the argument holding the text of `--config-text` (or `--configText`) in scheduler container `main`. */
function configTextArgPath(llmisvc: unknown): string {
  const containers = valueAt(llmisvc, ...SCHEDULER_CONTAINERS);
  const index = Array.isArray(containers)
    ? containers.findIndex(
        c =>
          typeof c === 'object' &&
          c !== null &&
          c.name === SCHEDULER_MAIN_CONTAINER,
      )
    : -1;
  const args = valueAt(llmisvc, ...SCHEDULER_CONTAINERS, index, 'args');
  const found = findFlag(Array.isArray(args) ? args : [], CONFIG_TEXT_FLAGS);
  return formatFieldPath([
    ...SCHEDULER_CONTAINERS,
    index,
    'args',
    found?.valueIndex ?? -1,
  ]);
}

/**
 * The EPP config written in the LLMInferenceService itself (in `--config-text` or `scheduler.config.inline`),
 * analysed the way the model page does it ({@link analyzeEppConfig}): `eppDialect` (the scheduler that loads it)
 * wins unless the model brings its own scheduler image; otherwise the dialect is detected from the text. Undefined
 * when the model leaves the config to a base config, a ConfigMap or the controller's default.
 */
export function policyEppConfigOf(
  llmisvc: unknown,
  eppDialect: EppDialectId | undefined,
): PolicyEppConfig | undefined {
  const layer = readEppConfigLayer(llmisvc);
  if (!layer || !('text' in layer)) return undefined;
  const path =
    layer.mechanism === 'inline'
      ? formatFieldPath(['spec', 'router', 'scheduler', 'config', 'inline'])
      : configTextArgPath(llmisvc);
  const analysis = analyzeEppConfig(layer.text, {
    ...(eppDialect && { clusterDialect: eppDialect }),
    ownSchedulerImage: schedulerImageOf(llmisvc) !== undefined,
    llmInferenceService: llmisvc,
  });
  return { path, analysis };
}
