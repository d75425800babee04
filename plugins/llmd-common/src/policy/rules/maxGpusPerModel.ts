import { summarizeModelSpec } from '../../models/modelSpecSummary';
import type { PolicyRule } from '../policyRule';
import { positiveCount } from './ruleOptions';

/** `max-gpus-per-model`: all replicas of a model (decode and prefill) ask for at most `max` GPUs together. */
export const maxGpusPerModel: PolicyRule<'max-gpus-per-model'> = {
  id: 'max-gpus-per-model',
  description:
    'GPUs of the whole model, replicas × GPUs per replica plus prefill replicas × their GPUs, are at most max (multi-node worker deployments are not counted)',
  kinds: ['LLMInferenceService'],
  options: { max: positiveCount },
  check(llmisvc, { max }) {
    const { gpus, replicas } = summarizeModelSpec(llmisvc);
    // Multi-node (worker) pools have no total the summary can count; see docs/governance.md.
    if (gpus.total === undefined || gpus.total <= max) return [];
    const prefill =
      replicas.prefill === undefined
        ? ''
        : ` + ${replicas.prefill} prefill replicas × ${
            gpus.prefillPerPod ?? 0
          }`;
    return [
      {
        path: 'spec.replicas',
        message: `the model asks for ${gpus.total} GPUs (${replicas.decode} replicas × ${gpus.decodePerPod}${prefill}); at most ${max} are allowed per model`,
      },
    ];
  },
};
