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
import type { ReachabilitySummaries } from './reachability/ReachabilitySummaries';

/** Filter of {@link listModelSummaries}; the cluster must be a configured one. */
export interface ModelFilter {
  readonly cluster?: string;
  readonly namespace?: string;
}

/** What the summaries are evaluated with besides the cache. */
export interface ModelSummaryEvaluators {
  /** `llmd.policy`; without it no findings are counted. */
  readonly governance?: FleetGovernance;
  /** Reachability with the last probe results; without it summaries carry no reachability. */
  readonly reachability?: ReachabilitySummaries;
}

/**
 * Summaries of every cached LLMInferenceService matching the filter, in cluster configuration order, with their
 * policy finding counts and reachability (no probe is run).
 */
export function listModelSummaries(
  cache: LlmdClusterCache,
  filter: ModelFilter,
  { governance, reachability }: ModelSummaryEvaluators = {},
): ModelSummary[] {
  const clusters = cache
    .listClusters()
    .filter(h => !filter.cluster || h.name === filter.cluster);
  return clusters.flatMap(health => {
    const context = clusterContext(cache, health);
    const reachabilityOf = reachability?.forCluster(health.name);
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
        const summary = summarizeModel({
          cluster: health.name,
          llmInferenceService: object,
          gateways: context.gateways,
          stale: context.stale,
          epp,
          ...(findings && { findings: countFindings(findings) }),
        });
        return reachabilityOf
          ? { ...summary, reachability: reachabilityOf(object) }
          : summary;
      });
  });
}
