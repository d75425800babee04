import {
  detectClusterEppDialect,
  type EppConfigLookup,
  type KubeObjectLike,
  type SchedulerEppDialect,
} from '@llmd/plugin-llmd-common';
import {
  type ClusterHealth,
  eppConfigLookupFor,
  type LlmdClusterCache,
} from '@llmd/plugin-llmd-node';

/** What the derivations of one cluster need from the cache, read once per request and cluster. */
export interface ClusterContext {
  readonly cluster: string;
  readonly stale: boolean;
  readonly gateways: readonly KubeObjectLike[];
  readonly lookup: EppConfigLookup;
  /** The dialect of the cluster's scheduler: configured, else detected from the controller's template. */
  readonly clusterEppDialect: SchedulerEppDialect;
}

/** The dialect of a cluster's scheduler with its evidence ({@link detectClusterEppDialect} over the cache). */
export function clusterEppDialect(
  cache: LlmdClusterCache,
  health: ClusterHealth,
): SchedulerEppDialect {
  const { defaults } = health;
  return detectClusterEppDialect({
    lookup: eppConfigLookupFor(cache, health.name),
    ...(!defaults.eppDialectAssumed && { configured: defaults.eppDialect }),
  });
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
    lookup: eppConfigLookupFor(cache, cluster),
    clusterEppDialect: clusterEppDialect(cache, health),
  };
}
