import { NotFoundError } from '@backstage/errors';
import { governanceQuerySchema } from '@llmd/plugin-llmd-common';
import Router from 'express-promise-router';
import {
  fleetEtag,
  requireCurrentView,
  sendWithEtag,
} from '../fleet/fleetEtag';
import type { FleetView } from '../fleet/FleetView';
import { GovernancePages } from '../fleet/GovernancePages';
import type { FleetGovernance } from '../governance/FleetGovernance';
import type { CacheReadRouteOptions } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';
import { requireReadPermission } from './requireReadPermission';

/**
 * `GET /governance?limit=&cursor=&cluster=&tenant=&severity=&rule=&q=`: one page of the platform policy's findings
 * on the live models and Gateways, fleet-wide, from the fleet view (counts are totals), with an ETag.
 */
export function governanceRoute(
  options: CacheReadRouteOptions & {
    readonly fleet: FleetView;
    readonly governance?: FleetGovernance;
  },
) {
  const { fleet, cache } = options;
  const pages = new GovernancePages(fleet, options.governance, () =>
    cache.listClusters().map(health => health.name),
  );
  const router = Router();
  router.get('/governance', async (req, res) => {
    await requireReadPermission(options, req);
    const query = parseRequestInput(governanceQuerySchema, req.query, 'query');
    if (query.cluster && !cache.getCluster(query.cluster)) {
      throw new NotFoundError(`No cluster named ${query.cluster}`);
    }
    await requireCurrentView(fleet, res);
    const etag = fleetEtag('governance', fleet.version, query, 'allow');
    sendWithEtag(req, res, etag, () => pages.page(query));
  });
  return router;
}
