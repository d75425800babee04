import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  createModelTokenRequestSchema,
  llmdModelTokenCreatePermission,
  modelRefParamsSchema,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import { mintModelToken } from '../service/mintModelToken';
import { grantedTokenTtlSeconds } from '../tokenTtl';
import { parsedRequestInput, parseRequestInput } from './parseRequestInput';
import { readJsonBody } from './readJsonBody';
import { requireModelPermission } from './requireModelPermission';

/** Dependencies of {@link tokenRoute}. */
export interface TokenRouteOptions {
  readonly cache: LlmdClusterCache;
  readonly httpAuth: HttpAuthService;
  readonly permissions: PermissionsService;
  readonly auditor: AuditorService;
  readonly maxTtlSeconds: number;
}

/**
 * `POST /models/:namespace/:name/token` with `{cluster, ttlSeconds?}`: mints a short-lived token for the model's
 * client ServiceAccount, for users the `llmd.model.token.create` policy allows on that model on that cluster (the
 * `llmd-model` resource `<cluster>:<namespace>/<name>`, whose owner the backend derives from the live object), and
 * only when that ServiceAccount is the one the portal rendered. Every attempt is audited (without the token); the
 * token is returned once and never logged, stored or put in a URL.
 */
export function tokenRoute(options: TokenRouteOptions) {
  const router = Router();
  const readBody = readJsonBody({ limit: '4kb' });
  router.post('/models/:namespace/:name/token', async (req, res) => {
    // only well-formed names go into the audit event: raw input could forge log lines
    const params = modelRefParamsSchema.safeParse(req.params);
    const auditorEvent = await options.auditor.createEvent({
      eventId: 'token-create',
      severityLevel: 'medium',
      request: req,
      meta: params.success ? { ...params.data } : {},
    });
    let grant: { cluster?: string; ttlSeconds?: number } = {};
    try {
      // a token request in a URL would end up in access logs and browser history
      if (Object.keys(req.query).length > 0) {
        throw new InputError('This endpoint takes no query parameters');
      }
      const ref = parsedRequestInput(params, 'model reference');
      await readBody(req, res);
      const body = parseRequestInput(
        createModelTokenRequestSchema,
        req.body ?? {},
        'request body',
      );
      const ttlSeconds = grantedTokenTtlSeconds(
        body.ttlSeconds,
        options.maxTtlSeconds,
      );
      grant = { cluster: body.cluster, ttlSeconds };
      const model = { cluster: body.cluster, ...ref };
      await requireModelPermission(
        options,
        req,
        llmdModelTokenCreatePermission,
        model,
        'mint tokens for',
      );
      const response = await mintModelToken(options.cache, {
        ...model,
        ttlSeconds,
      });
      await auditorEvent.success({
        meta: { ...grant, expiresAt: response.expiresAt },
      });
      res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
      res.json(response);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error, meta: grant });
      throw error;
    }
  });
  return router;
}
