import { builtInSchedulerConfig } from '../epp/builtInSchedulerConfig';
import { valueAt, type KubeObjectLike } from '../kube/kubeObject';
import { readEppConfigLayer, schedulerImageOf } from '../models/eppConfigLayer';
import type { PolicyRuleContext, PolicyRuleHit } from './policyRule';

/**
 * A model that runs without any EPP config, on a scheduler version that cannot start without one (llm-d-inference-
 * scheduler ≤ v0.6, DIALECT-FACTS Part 2): one hit with the `epp-config-required` finding. Nothing when the dialect
 * is unknown or uncertain (a lower bound: the real scheduler may run a built-in default), when the model brings its own scheduler image (its version is not the cluster's), or when its config
 * may live where the caller did not look (a ConfigMap or file reference, base configs without a resolver).
 */
export function missingEppConfigHits(
  llmisvc: KubeObjectLike,
  context: Pick<
    PolicyRuleContext,
    'eppDialect' | 'eppDialectUncertain' | 'resolvesEppConfig'
  >,
): PolicyRuleHit[] {
  const dialect = context.eppDialect;
  if (!dialect || context.eppDialectUncertain) return [];
  if (schedulerImageOf(llmisvc) !== undefined) return [];
  const layer = readEppConfigLayer(llmisvc);
  if (layer && layer.mechanism !== 'none') return [];
  const baseRefs = valueAt(llmisvc, 'spec', 'baseRefs');
  const hasBaseRefs = Array.isArray(baseRefs) && baseRefs.length > 0;
  if (hasBaseRefs && !context.resolvesEppConfig) return [];
  const builtIn = builtInSchedulerConfig(dialect);
  if (builtIn.kind !== 'cannot-start') return [];
  const { diagnostic } = builtIn;
  return [
    {
      path: 'spec.router.scheduler',
      message: `EPP config (${dialect}) ${diagnostic.code}: ${diagnostic.message}`,
    },
  ];
}
