import { NotFoundError } from '@backstage/errors';
import {
  MIN_TOKEN_TTL_SECONDS,
  type ModelDetailResponse,
  modelRefParamsSchema,
} from '@llmd/plugin-llmd-common';
import type { FleetGovernance } from '../governance/FleetGovernance';
import { describeModel } from '../describeModel';
import { grantedTokenTtlSeconds } from '../tokenTtl';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/** Dependencies of {@link modelDetailRoute}. */
export interface ModelDetailRouteOptions extends CacheReadRouteOptions {
  /** `llmd.tokens.maxTtlSeconds`, told to the UI so its TTL choice matches what the token route grants. */
  readonly maxTtlSeconds: number;
  readonly governance?: FleetGovernance;
}

/** `GET /models/:namespace/:name`: the model on every cluster that runs it, with endpoints and EPP config. */
export function modelDetailRoute(options: ModelDetailRouteOptions) {
  return cacheReadRoute('/models/:namespace/:name', options, (cache, req) => {
    const { namespace, name } = parseRequestInput(
      modelRefParamsSchema,
      req.params,
      'model reference',
    );
    const detail = describeModel(cache, namespace, name, options.governance);
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
          options.maxTtlSeconds,
        ),
        maxTtlSeconds: options.maxTtlSeconds,
      },
    };
    return response;
  });
}
