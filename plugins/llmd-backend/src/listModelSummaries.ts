import {
  isSchedulerEppDialectCertain,
  type ModelSummary,
  resolveModelEppWithDialect,
  summarizeModel,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { clusterContext } from './clusterContext';
import {
  countFindings,
  type FleetGovernance,
} from './governance/FleetGovernance';

/** Filter of {@link listModelSummaries}; the cluster must be a configured one. */
export interface ModelFilter {
  readonly cluster?: string;
  readonly namespace?: string;
}

/** Summaries of every cached LLMInferenceService matching the filter, in cluster configuration order. */
export function listModelSummaries(
  cache: LlmdClusterCache,
  filter: ModelFilter,
  governance?: FleetGovernance,
): ModelSummary[] {
  const clusters = cache
    .listClusters()
    .filter(h => !filter.cluster || h.name === filter.cluster);
  return clusters.flatMap(health => {
    const context = clusterContext(cache, health);
    return cache
      .list('LLMInferenceService', {
        cluster: health.name,
        namespace: filter.namespace,
      })
      .map(({ object }) => {
        // resolved once for the summary (preset, lint counts) and the policy, with the model's scheduler dialect
        const { epp, eppDialect } = resolveModelEppWithDialect(object, context);
        const findings = governance?.findingsOf(object, {
          eppDialect: eppDialect.id,
          eppDialectUncertain: !isSchedulerEppDialectCertain(eppDialect),
          epp,
        });
        return summarizeModel({
          cluster: health.name,
          llmInferenceService: object,
          gateways: context.gateways,
          stale: context.stale,
          epp,
          ...(findings && { findings: countFindings(findings) }),
        });
      });
  });
}
