import { summarizeModelSpec } from '../../models/modelSpecSummary';
import { gpuFieldPath } from '../fieldPath';
import type { PolicyRule, PolicyRuleHit } from '../policyRule';
import { positiveCount } from './ruleOptions';

/** `max-gpus-per-replica`: one pod (replica) of the decode or the prefill pool asks for at most `max` GPUs. */
export const maxGpusPerReplica: PolicyRule<'max-gpus-per-replica'> = {
  id: 'max-gpus-per-replica',
  description:
    'GPUs of container main in one pod of the decode pool (spec.template) or the prefill pool (spec.prefill.template) are at most max',
  kinds: ['LLMInferenceService'],
  options: { max: positiveCount },
  check(llmisvc, { max }) {
    const { gpus } = summarizeModelSpec(llmisvc);
    const pools = [
      {
        name: 'decode',
        perPod: gpus.decodePerPod,
        template: ['spec', 'template'],
      },
      {
        name: 'prefill',
        perPod: gpus.prefillPerPod ?? 0,
        template: ['spec', 'prefill', 'template'],
      },
    ];
    return pools.flatMap((pool): PolicyRuleHit[] =>
      pool.perPod > max
        ? [
            {
              path: gpuFieldPath(llmisvc, pool.template),
              message: `a ${pool.name} replica asks for ${pool.perPod} GPUs; at most ${max} are allowed per replica`,
            },
          ]
        : [],
    );
  },
};
