import { NotFoundError } from '@backstage/errors';
import { modelRefParamsSchema } from '@llmd/plugin-llmd-common';
import { describeModel } from '../readModels';
import { type CacheReadDeps, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/** `GET /models/:namespace/:name`: the model on every cluster that runs it, with endpoints and EPP config. */
export function modelDetailRoute(deps: CacheReadDeps) {
  return cacheReadRoute('/models/:namespace/:name', deps, (cache, req) => {
    const { namespace, name } = parseRequestInput(
      modelRefParamsSchema,
      req.params,
      'model reference',
    );
    const detail = describeModel(cache, namespace, name);
    if (!detail) {
      throw new NotFoundError(`No model service ${namespace}/${name}`);
    }
    return detail;
  });
}
