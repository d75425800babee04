import type { EppConfigLookup, KubeObjectLike } from '@llmd/plugin-llmd-common';
import type { ClusterHealth, LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { clusterEppLookup } from './clusterEppLookup';

/** What the derivations of one cluster need from the cache, read once per request and cluster. */
export interface ClusterContext {
  readonly cluster: string;
  readonly stale: boolean;
  readonly gateways: readonly KubeObjectLike[];
  readonly lookup: EppConfigLookup;
  readonly clusterDialect: string;
}

/** Reads what the derivations of one cluster need from the cache. */
export function clusterContext(
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
