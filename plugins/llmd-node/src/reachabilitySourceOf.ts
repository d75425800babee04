import type {
  ReachabilityKind,
  ReachabilitySource,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from './types';

/** The kinds whose objects have no namespace. */
const CLUSTER_SCOPED: ReadonlySet<ReachabilityKind> = new Set([
  'GatewayClass',
  'Namespace',
  'CustomResourceDefinition',
]);

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
          namespace: CLUSTER_SCOPED.has(kind) ? undefined : namespace,
        })
        .map(cached => cached.object),
    get: (kind, namespace, name) =>
      cache.get(cluster, kind, CLUSTER_SCOPED.has(kind) ? '' : namespace, name)
        ?.object,
  };
}
