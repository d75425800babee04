import { NotFoundError } from '@backstage/errors';
import {
  type ClusterPreflightResponse,
  clusterPreflightParamsSchema,
  evaluateClusterPreflight,
} from '@llmd/plugin-llmd-common';
import { reachabilitySourceOf } from '@llmd/plugin-llmd-node';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/**
 * `GET /clusters/:cluster/preflight`: what the cluster must have before any model can be reached (CRDs and their
 * versions, GatewayClasses, Gateways, the scheduler template), evaluated over the cache.
 */
export function preflightRoute(options: CacheReadRouteOptions) {
  return cacheReadRoute(
    '/clusters/:cluster/preflight',
    options,
    (cache, req): ClusterPreflightResponse => {
      const { cluster } = parseRequestInput(
        clusterPreflightParamsSchema,
        req.params,
        'cluster name',
      );
      const health = cache.getCluster(cluster);
      if (!health) throw new NotFoundError(`No cluster named ${cluster}`);
      return evaluateClusterPreflight({
        cluster,
        source: reachabilitySourceOf(cache, cluster),
        llmisvcApiVersion: health.defaults.llmisvcApiVersion,
      });
    },
  );
}
