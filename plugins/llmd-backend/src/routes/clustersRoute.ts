import type { ListClustersResponse } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import {
  type ReadPermissionDeps,
  requireReadPermission,
} from './requireReadPermission';

/** `GET /clusters`: the health of every configured cluster, from the cache. */
export function clustersRoute(
  deps: ReadPermissionDeps & { readonly cache: LlmdClusterCache },
) {
  const router = Router();
  router.get('/clusters', async (req, res) => {
    await requireReadPermission(deps, req);
    const body: ListClustersResponse = {
      items: deps.cache.listClusters().map(health => ({
        name: health.name,
        connected: health.connected,
        synced: health.synced,
        stale: health.stale,
        ...(health.lastSync && { lastSync: health.lastSync }),
        ...(health.lastError && { lastError: health.lastError }),
        objectCounts: health.objectCounts,
        defaults: health.defaults,
      })),
    };
    res.json(body);
  });
  return router;
}
