import type { ReachabilitySource } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from './types';
import { isClusterScopedKind } from './isClusterScopedKind';

/**
 * What the reachability evaluation reads about one cluster, answered from the watch cache only: no request to
 * the cluster's API server, however often it is evaluated.
 *
 * @public
 */
export function reachabilitySourceOf(
  cache: LlmdClusterCache,
  cluster: string,
): ReachabilitySource {
  return {
    access: kind => cache.access(cluster, kind),
    list: (kind, namespace) =>
      cache
        .list(kind, {
          cluster,
          namespace: isClusterScopedKind(kind) ? undefined : namespace,
        })
        .map(cached => cached.object),
    get: (kind, namespace, name) =>
      cache.get(cluster, kind, isClusterScopedKind(kind) ? '' : namespace, name)
        ?.object,
  };
}
