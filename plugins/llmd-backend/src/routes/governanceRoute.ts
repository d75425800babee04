import type { GovernanceResponse } from '@llmd/plugin-llmd-common';
import { FleetGovernance } from '../governance/FleetGovernance';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';
import { z } from 'zod';

const NO_POLICY = new FleetGovernance({});

/** `GET /governance`: the platform policy's findings on every live model and Gateway, fleet-wide. */
export function governanceRoute(
  options: CacheReadRouteOptions & { readonly governance?: FleetGovernance },
) {
  return cacheReadRoute(
    '/governance',
    options,
    (cache, req): GovernanceResponse => {
      // no parameters: refuse any, like the other read routes, so nothing rides along in URLs
      parseRequestInput(z.object({}).strict(), req.query, 'query');
      return (options.governance ?? NO_POLICY).overview(cache);
    },
  );
}
