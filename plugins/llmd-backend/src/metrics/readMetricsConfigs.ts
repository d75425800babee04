import type { Config } from '@backstage/config';
import {
  type ClusterMetricsConfig,
  readClusterConfig,
} from '@llmd/plugin-llmd-node';

/**
 * `llmd.clusters[].metrics` by cluster name, for the clusters that have it (the cache service has validated the
 * cluster config already; clusters taken from the Kubernetes plugin's config have no metrics).
 */
export function readMetricsConfigs(
  config: Config,
): ReadonlyMap<string, ClusterMetricsConfig> {
  return new Map(
    readClusterConfig(config).flatMap(cluster =>
      cluster.metrics ? [[cluster.name, cluster.metrics] as const] : [],
    ),
  );
}
