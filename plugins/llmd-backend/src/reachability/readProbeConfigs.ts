import type { Config } from '@backstage/config';
import {
  type ClusterProbeConfig,
  DEFAULT_CLUSTER_PROBE_CONFIG,
  readClusterConfig,
} from '@llmd/plugin-llmd-node';

/**
 * `llmd.clusters[].probe` by cluster name (the cache service has validated the cluster config already; clusters
 * taken from the Kubernetes plugin's config are not probed).
 */
export function readProbeConfigs(
  config: Config,
): ReadonlyMap<string, ClusterProbeConfig> {
  return new Map(
    readClusterConfig(config).map(cluster => [
      cluster.name,
      cluster.probe ?? DEFAULT_CLUSTER_PROBE_CONFIG,
    ]),
  );
}
