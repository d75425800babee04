import {
  CONFIG_TEXT_FLAGS,
  findFlag,
  SCHEDULER_MAIN_CONTAINER,
  schedulerContainers,
} from '../epp/llmInferenceServiceScheduler';
import type { EppDialectId } from '../epp/eppDialects';
import {
  analyzeEppConfig,
  type EppConfigAnalysis,
} from '../models/analyzeEppConfig';
import { eppConfigFieldPath } from '../models/eppConfigFieldPath';
import { readEppConfigLayer, schedulerImageOf } from '../models/eppConfigLayer';
import { valueAt } from '../kube/kubeObject';
import type { KubeObjectLike } from '../kube/kubeObject';
import type { PolicyContext } from './policyContext';
import { formatFieldPath } from './fieldPath';

/** The EPP config an LLMInferenceService carries itself, where it is, and its dialect and lint result. */
export interface PolicyEppConfig {
  /** Field path of the config text: the `--config-text` argument or `spec.router.scheduler.config.inline`. */
  readonly path: string;
  readonly analysis: EppConfigAnalysis;
}

/** Path of the argument holding the text of `--config-text` (or `--configText`) in scheduler container `main`. */
function configTextArgPath(llmisvc: unknown): string {
  const main = schedulerContainers(llmisvc).find(
    c => c.name === SCHEDULER_MAIN_CONTAINER,
  );
  // the raw list: the position must count non-string entries too
  const args = valueAt(llmisvc, ...(main?.path ?? []), 'args');
  const found = findFlag(Array.isArray(args) ? args : [], CONFIG_TEXT_FLAGS);
  return formatFieldPath([
    ...(main?.path ?? []),
    'args',
    found?.valueIndex ?? -1,
  ]);
}

/**
 * The EPP config of an LLMInferenceService, analysed the way the model page does it ({@link analyzeEppConfig}):
 * `eppDialect` (the scheduler that loads it) wins unless the model brings its own scheduler image; otherwise the
 * dialect is detected from the text. The config written in the model (`--config-text` or `scheduler.config.inline`)
 * comes first; else what `resolve` finds elsewhere (ConfigMap, base config, preset). Undefined when neither has one.
 */
export function policyEppConfigOf(
  llmisvc: KubeObjectLike,
  eppDialect: EppDialectId | undefined,
  resolve?: PolicyContext['resolveEppConfig'],
): PolicyEppConfig | undefined {
  const layer = readEppConfigLayer(llmisvc);
  let found: { text: string; path: string } | undefined;
  if (layer && 'text' in layer) {
    found = {
      text: layer.text,
      path:
        layer.mechanism === 'inline'
          ? eppConfigFieldPath('inline')
          : configTextArgPath(llmisvc),
    };
  } else {
    found = resolve?.(llmisvc);
  }
  if (!found) return undefined;
  const { text, path } = found;
  const analysis = analyzeEppConfig(text, {
    ...(eppDialect && { clusterDialect: eppDialect }),
    ownSchedulerImage: schedulerImageOf(llmisvc) !== undefined,
    llmInferenceService: llmisvc,
  });
  return { path, analysis };
}
