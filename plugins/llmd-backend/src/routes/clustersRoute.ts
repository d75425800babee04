import type { ListClustersResponse } from '@llmd/plugin-llmd-common';
import { clusterEppDialect } from '../clusterContext';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';

/** `GET /clusters`: the health of every configured cluster, from the cache. */
export function clustersRoute(options: CacheReadRouteOptions) {
  return cacheReadRoute(
    '/clusters',
    options,
    (cache): ListClustersResponse => ({
      items: cache.listClusters().map(health => ({
        name: health.name,
        connected: health.connected,
        synced: health.synced,
        stale: health.stale,
        ...(health.lastSync && { lastSync: health.lastSync }),
        ...(health.lastError && { lastError: health.lastError }),
        objectCounts: health.objectCounts,
        defaults: health.defaults,
        eppDialect: clusterEppDialect(cache, health),
      })),
    }),
  );
}
