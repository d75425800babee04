import {
  describeModelOnCluster,
  type EppConfigLookup,
  type KubeObjectLike,
  type ModelDetailResponse,
  modelEntityRef,
  type ModelSummary,
  resolveModelEppConfig,
  summarizeModel,
} from '@llmd/plugin-llmd-common';
import type { ClusterHealth, LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { clusterEppLookup } from './clusterEppLookup';
import {
  countFindings,
  type FleetGovernance,
} from './governance/FleetGovernance';

/** What the derivations of one cluster need from the cache, read once per request and cluster. */
interface ClusterContext {
  readonly cluster: string;
  readonly stale: boolean;
  readonly gateways: readonly KubeObjectLike[];
  readonly lookup: EppConfigLookup;
  readonly clusterDialect: string;
}

function clusterContext(
  cache: LlmdClusterCache,
  health: ClusterHealth,
): ClusterContext {
  const cluster = health.name;
  return {
    cluster,
    stale: health.stale,
    gateways: cache.list('Gateway', { cluster }).map(c => c.object),
    lookup: clusterEppLookup(cache, cluster),
    clusterDialect: health.defaults.eppDialect,
  };
}

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
        // resolved once for the summary (preset, lint counts) and the policy
        const epp = resolveModelEppConfig(object, context);
        const findings = governance?.findingsOf(object, {
          eppDialect: context.clusterDialect,
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

/** A model on every cluster that has it; undefined when none does. */
export function describeModel(
  cache: LlmdClusterCache,
  namespace: string,
  name: string,
  governance?: FleetGovernance,
): Omit<ModelDetailResponse, 'tokens'> | undefined {
  const clusters = cache.listClusters().flatMap(health => {
    const found = cache.get(
      health.name,
      'LLMInferenceService',
      namespace,
      name,
    );
    if (!found) return [];
    const context = clusterContext(cache, health);
    const detail = describeModelOnCluster({
      ...context,
      llmInferenceService: found.object,
    });
    const findings = governance?.findingsOf(found.object, {
      eppDialect: context.clusterDialect,
      epp: detail.epp,
    });
    return [{ ...detail, ...(findings && { findings }) }];
  });
  if (clusters.length === 0) return undefined;
  return {
    namespace,
    name,
    entityRef: modelEntityRef(namespace, name),
    clusters,
  };
}
