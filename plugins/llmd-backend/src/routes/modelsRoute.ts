import { NotFoundError } from '@backstage/errors';
import {
  type ListModelsResponse,
  listModelsQuerySchema,
} from '@llmd/plugin-llmd-common';
import { listModelSummaries } from '../listModelSummaries';
import type { FleetGovernance } from '../governance/FleetGovernance';
import { type CacheReadDeps, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/** `GET /models?cluster=&namespace=`: summaries of the cached LLMInferenceServices. */
export function modelsRoute(
  deps: CacheReadDeps & { readonly governance?: FleetGovernance },
) {
  return cacheReadRoute('/models', deps, (cache, req): ListModelsResponse => {
    const query = parseRequestInput(listModelsQuerySchema, req.query, 'query');
    if (query.cluster && !cache.getCluster(query.cluster)) {
      throw new NotFoundError(`No cluster named ${query.cluster}`);
    }
    return { items: listModelSummaries(cache, query, deps.governance) };
  });
}
