import { NotFoundError } from '@backstage/errors';
import { listModelsQuerySchema } from '@llmd/plugin-llmd-common';
import Router from 'express-promise-router';
import {
  fleetEtag,
  requireCurrentView,
  sendWithEtag,
} from '../fleet/fleetEtag';
import type { FleetView } from '../fleet/FleetView';
import { ModelPages } from '../fleet/ModelPages';
import type { CacheReadRouteOptions } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';
import { requireReadPermission } from './requireReadPermission';

/**
 * `GET /models?limit=&cursor=&q=&tenant=&cluster=&ready=&routing=&reachable=&sort=`: one page of the model
 * summaries (with EPP analysis, finding counts and reachability) from the fleet view, with facets and an ETag.
 */
export function modelsRoute(
  options: CacheReadRouteOptions & { readonly fleet: FleetView },
) {
  const { fleet, cache } = options;
  const pages = new ModelPages(fleet);
  const router = Router();
  router.get('/models', async (req, res) => {
    // llmd.model.read is a basic permission: allowed for every model or none, so paging needs no per-model filter
    await requireReadPermission(options, req);
    const query = parseRequestInput(listModelsQuerySchema, req.query, 'query');
    if (query.cluster && !cache.getCluster(query.cluster)) {
      throw new NotFoundError(`No cluster named ${query.cluster}`);
    }
    await requireCurrentView(fleet, res);
    const etag = fleetEtag('models', fleet.version, query, 'allow');
    sendWithEtag(req, res, etag, () => pages.page(query));
  });
  return router;
}
