import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  clientSnippets,
  createModelTokenRequestSchema,
  type CreateModelTokenResponse,
  deriveModelEndpoints,
  isAuthEnabled,
  llmdModelTokenCreatePermission,
  modelClientServiceAccountName,
  modelRefParamsSchema,
  modelResourceRef,
  primaryModelEndpoint,
  servedModelName,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import { grantedTokenTtlSeconds } from '../tokenTtl';
import { parseRequestInput } from './parseRequestInput';
import { readJsonBody } from './readJsonBody';
import { requireManagedClientServiceAccount } from './requireManagedClientServiceAccount';

/** Dependencies of {@link tokenRoute}. */
export interface TokenRouteDeps {
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
export function tokenRoute(deps: TokenRouteDeps) {
  const router = Router();
  const readBody = readJsonBody({ limit: '4kb' });
  router.post('/models/:namespace/:name/token', async (req, res) => {
    // only well-formed names go into the audit event: raw input could forge log lines
    const params = modelRefParamsSchema.safeParse(req.params);
    const meta = params.success ? { ...params.data } : {};
    const auditorEvent = await deps.auditor.createEvent({
      eventId: 'token-create',
      severityLevel: 'medium',
      request: req,
      meta,
    });
    let grant: { cluster?: string; ttlSeconds?: number } = {};
    try {
      // a token request in a URL would end up in access logs and browser history
      if (Object.keys(req.query).length > 0) {
        throw new InputError('This endpoint takes no query parameters');
      }
      const { namespace, name } = parseRequestInput(
        modelRefParamsSchema,
        req.params,
        'model reference',
      );
      await readBody(req, res);
      const body = parseRequestInput(
        createModelTokenRequestSchema,
        req.body ?? {},
        'request body',
      );
      const ttlSeconds = grantedTokenTtlSeconds(
        body.ttlSeconds,
        deps.maxTtlSeconds,
      );
      grant = { cluster: body.cluster, ttlSeconds };

      const credentials = await deps.httpAuth.credentials(req, {
        allow: ['user'],
      });
      const [decision] = await deps.permissions.authorize(
        [
          {
            permission: llmdModelTokenCreatePermission,
            resourceRef: modelResourceRef({
              cluster: body.cluster,
              namespace,
              name,
            }),
          },
        ],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `Not allowed to mint tokens for ${namespace}/${name} on cluster ${body.cluster}`,
        );
      }

      const health = deps.cache.getCluster(body.cluster);
      if (!health) throw new NotFoundError(`No cluster named ${body.cluster}`);
      const model = deps.cache.get(
        body.cluster,
        'LLMInferenceService',
        namespace,
        name,
      )?.object;
      if (!model) {
        throw new NotFoundError(
          `No model service ${namespace}/${name} on cluster ${body.cluster}`,
        );
      }

      const serviceAccountName = modelClientServiceAccountName(name);
      await requireManagedClientServiceAccount(deps.cache, {
        cluster: body.cluster,
        namespace,
        name: serviceAccountName,
      });
      const minted = await deps.cache.createServiceAccountToken({
        cluster: body.cluster,
        namespace,
        serviceAccountName,
        expirationSeconds: ttlSeconds,
        audience: health.defaults.tokenAudience,
      });
      const endpoint = primaryModelEndpoint(
        deriveModelEndpoints(model, {
          gateways: deps.cache
            .list('Gateway', { cluster: body.cluster })
            .map(c => c.object),
        }),
      );
      const response: CreateModelTokenResponse = {
        token: minted.token,
        expiresAt: minted.expiresAt,
        ttlSeconds,
        ...(endpoint && { endpoint }),
        snippets: clientSnippets({
          namespace,
          name,
          baseUrl: endpoint?.baseUrl,
          modelName: servedModelName(model),
          authEnabled: isAuthEnabled(model),
        }),
      };
      await auditorEvent.success({
        meta: { ...grant, expiresAt: minted.expiresAt },
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
