import { NotFoundError } from '@backstage/errors';
import {
  MIN_TOKEN_TTL_SECONDS,
  type ModelDetailResponse,
  modelRefParamsSchema,
} from '@llmd/plugin-llmd-common';
import type { FleetGovernance } from '../governance/FleetGovernance';
import { describeModel } from '../describeModel';
import { grantedTokenTtlSeconds } from '../tokenTtl';
import { type CacheReadDeps, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/** Dependencies of {@link modelDetailRoute}. */
export interface ModelDetailRouteDeps extends CacheReadDeps {
  /** `llmd.tokens.maxTtlSeconds`, told to the UI so its TTL choice matches what the token route grants. */
  readonly maxTtlSeconds: number;
  readonly governance?: FleetGovernance;
}

/** `GET /models/:namespace/:name`: the model on every cluster that runs it, with endpoints and EPP config. */
export function modelDetailRoute(deps: ModelDetailRouteDeps) {
  return cacheReadRoute('/models/:namespace/:name', deps, (cache, req) => {
    const { namespace, name } = parseRequestInput(
      modelRefParamsSchema,
      req.params,
      'model reference',
    );
    const detail = describeModel(cache, namespace, name, deps.governance);
    if (!detail) {
      throw new NotFoundError(`No model service ${namespace}/${name}`);
    }
    const response: ModelDetailResponse = {
      ...detail,
      tokens: {
        minTtlSeconds: MIN_TOKEN_TTL_SECONDS,
        // what the token route grants a request that names no lifetime
        defaultTtlSeconds: grantedTokenTtlSeconds(
          undefined,
          deps.maxTtlSeconds,
        ),
        maxTtlSeconds: deps.maxTtlSeconds,
      },
    };
    return response;
  });
}
