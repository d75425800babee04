import { modelReplicas } from '../../models/modelSpecSummary';
import type { PolicyRule, PolicyRuleHit } from '../policyRule';
import { positiveCount } from './ruleOptions';

/** `max-replicas`: `spec.replicas` and `spec.prefill.replicas` are each at most `max`. */
export const maxReplicas: PolicyRule<'max-replicas'> = {
  id: 'max-replicas',
  description:
    'spec.replicas (decode pool) and spec.prefill.replicas (prefill pool) are each at most max',
  kinds: ['LLMInferenceService'],
  options: { max: positiveCount },
  check(llmisvc, { max }) {
    const replicas = modelReplicas(llmisvc);
    const pools = [
      { path: 'spec.replicas', pool: 'decode', count: replicas.decode },
      {
        path: 'spec.prefill.replicas',
        pool: 'prefill',
        count: replicas.prefill ?? 0,
      },
    ];
    return pools.flatMap(({ path, pool, count }): PolicyRuleHit[] =>
      count > max
        ? [
            {
              path,
              message: `${count} ${pool} replicas; at most ${max} are allowed`,
            },
          ]
        : [],
    );
  },
};
