import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import type { Request } from 'express';
import Router from 'express-promise-router';
import {
  type ReadPermissionDeps,
  requireReadPermission,
} from './requireReadPermission';

/** Dependencies of the read routes: the `llmd.model.read` check and the cluster cache they answer from. */
export type CacheReadDeps = ReadPermissionDeps & {
  readonly cache: LlmdClusterCache;
};

/**
 * A `GET` route that checks `llmd.model.read` and answers with the JSON `answer` reads from the cache (no
 * API-server request). `answer` throws the HTTP errors (400 for bad input, 404 for unknown names).
 */
export function cacheReadRoute(
  path: string,
  deps: CacheReadDeps,
  answer: (cache: LlmdClusterCache, req: Request) => unknown,
) {
  const router = Router();
  router.get(path, async (req, res) => {
    await requireReadPermission(deps, req);
    res.json(answer(deps.cache, req));
  });
  return router;
}
