import { NotFoundError } from '@backstage/errors';
import {
  type ListModelsResponse,
  listModelsQuerySchema,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import { listModelSummaries } from '../readModels';
import { parseRequestInput } from './parseRequestInput';
import {
  type ReadPermissionDeps,
  requireReadPermission,
} from './requireReadPermission';

/** `GET /models?cluster=&namespace=`: summaries of the cached LLMInferenceServices. */
export function modelsRoute(
  deps: ReadPermissionDeps & { readonly cache: LlmdClusterCache },
) {
  const router = Router();
  router.get('/models', async (req, res) => {
    await requireReadPermission(deps, req);
    const query = parseRequestInput(listModelsQuerySchema, req.query, 'query');
    if (query.cluster && !deps.cache.getCluster(query.cluster)) {
      throw new NotFoundError(`No cluster named ${query.cluster}`);
    }
    const body: ListModelsResponse = {
      items: listModelSummaries(deps.cache, query),
    };
    res.json(body);
  });
  return router;
}
