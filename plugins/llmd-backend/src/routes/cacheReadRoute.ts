import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import type { Request } from 'express';
import Router from 'express-promise-router';
import {
  type ReadPermissionOptions,
  requireReadPermission,
} from './requireReadPermission';

/** Dependencies of the read routes: the `llmd.model.read` check and the cluster cache they answer from. */
export type CacheReadRouteOptions = ReadPermissionOptions & {
  readonly cache: LlmdClusterCache;
};

/**
 * A `GET` route that checks `llmd.model.read` and answers with the JSON `answer` reads from the cache (no
 * API-server request). `answer` throws the HTTP errors (400 for bad input, 404 for unknown names).
 */
export function cacheReadRoute(
  path: string,
  options: CacheReadRouteOptions,
  answer: (cache: LlmdClusterCache, req: Request) => unknown,
) {
  const router = Router();
  router.get(path, async (req, res) => {
    await requireReadPermission(options, req);
    res.json(answer(options.cache, req));
  });
  return router;
}
