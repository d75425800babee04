import { NotFoundError } from '@backstage/errors';
import {
  type ListModelsResponse,
  listModelsQuerySchema,
} from '@llmd/plugin-llmd-common';
import { listModelSummaries } from '../listModelSummaries';
import type { FleetGovernance } from '../governance/FleetGovernance';
import type { ModelProber } from '../reachability/ModelProber';
import { ReachabilitySummaries } from '../reachability/ReachabilitySummaries';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/** `GET /models?cluster=&namespace=`: summaries of the cached LLMInferenceServices, with their reachability. */
export function modelsRoute(
  options: CacheReadRouteOptions & {
    readonly governance?: FleetGovernance;
    readonly prober: ModelProber;
  },
) {
  const reachability = new ReachabilitySummaries(options.cache, options.prober);
  return cacheReadRoute(
    '/models',
    options,
    (cache, req): ListModelsResponse => {
      const query = parseRequestInput(
        listModelsQuerySchema,
        req.query,
        'query',
      );
      if (query.cluster && !cache.getCluster(query.cluster)) {
        throw new NotFoundError(`No cluster named ${query.cluster}`);
      }
      // interim until the fleet view pages (issue #20)
      const items = listModelSummaries(
        cache,
        { cluster: query.cluster, namespace: query.tenant },
        { governance: options.governance, reachability },
      );
      return {
        items,
        totalCount: items.length,
        facets: { tenant: {}, cluster: {}, routing: {} },
      };
    },
  );
}
