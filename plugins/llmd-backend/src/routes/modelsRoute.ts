import { NotFoundError } from '@backstage/errors';
import {
  type ListModelsResponse,
  listModelsQuerySchema,
} from '@llmd/plugin-llmd-common';
import { listModelSummaries } from '../listModelSummaries';
import type { FleetGovernance } from '../governance/FleetGovernance';
import type { ModelProber } from '../reachability/ModelProber';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/** `GET /models?cluster=&namespace=`: summaries of the cached LLMInferenceServices, with their reachability. */
export function modelsRoute(
  options: CacheReadRouteOptions & {
    readonly governance?: FleetGovernance;
    readonly prober: ModelProber;
  },
) {
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
      return {
        items: listModelSummaries(cache, query, {
          governance: options.governance,
          prober: options.prober,
        }),
      };
    },
  );
}
