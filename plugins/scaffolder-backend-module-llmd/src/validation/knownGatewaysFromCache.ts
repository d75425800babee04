import type { KnownGateways } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';

/**
 * The Gateways on the clusters that have synced at least once (a stale cluster's last known Gateways count), for the
 * gateway-reference check; undefined when no cluster has, so the check is skipped rather than failing every model.
 */
export function knownGatewaysFromCache(
  cache: Pick<LlmdClusterCache, 'listClusters' | 'list'>,
): KnownGateways | undefined {
  const synced = cache.listClusters().filter(c => c.synced);
  if (synced.length === 0) return undefined;
  return {
    gateways: synced.flatMap(({ name }) =>
      cache.list('Gateway', { cluster: name }).map(({ object }) => ({
        name: object.metadata.name,
        namespace: object.metadata.namespace ?? '',
      })),
    ),
    where: `cluster(s) ${synced.map(c => c.name).join(', ')}`,
  };
}
