import { NotFoundError } from '@backstage/errors';
import { modelRefParamsSchema } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import { describeModel } from '../readModels';
import { parseRequestInput } from './parseRequestInput';
import {
  type ReadPermissionDeps,
  requireReadPermission,
} from './requireReadPermission';

/** `GET /models/:namespace/:name`: the model on every cluster that runs it, with endpoints and EPP config. */
export function modelDetailRoute(
  deps: ReadPermissionDeps & { readonly cache: LlmdClusterCache },
) {
  const router = Router();
  router.get('/models/:namespace/:name', async (req, res) => {
    await requireReadPermission(deps, req);
    const { namespace, name } = parseRequestInput(
      modelRefParamsSchema,
      req.params,
      'model reference',
    );
    const detail = describeModel(deps.cache, namespace, name);
    if (!detail) {
      throw new NotFoundError(`No model service ${namespace}/${name}`);
    }
    res.json(detail);
  });
  return router;
}
