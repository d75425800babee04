import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  llmdModelProbePermission,
  type ModelClusterDiagnosis,
  modelProbeQuerySchema,
  modelRefParamsSchema,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import { modelDiagnoser } from '../reachability/modelDiagnoser';
import type { ModelProber } from '../reachability/ModelProber';
import { parsedRequestInput } from './parseRequestInput';
import { requireModelPermission } from './requireModelPermission';

/** Dependencies of {@link modelProbeRoute}. */
export interface ModelProbeRouteOptions {
  readonly cache: LlmdClusterCache;
  readonly httpAuth: HttpAuthService;
  readonly permissions: PermissionsService;
  readonly auditor: AuditorService;
  readonly prober: ModelProber;
}

/**
 * `POST /models/:namespace/:name/probe?cluster=C`: probes the model's endpoint now (anonymously, and with a token
 * minted for it and dropped right after) and answers its diagnosis on that cluster with the result. For users the
 * `llmd.model.probe` policy allows on that model; 409 when probing is off for the cluster. Every attempt is audited,
 * with the statuses seen and never the token.
 */
export function modelProbeRoute(options: ModelProbeRouteOptions) {
  const router = Router();
  router.post('/models/:namespace/:name/probe', async (req, res) => {
    // only well-formed input goes into the audit event: raw input could forge log lines
    const params = modelRefParamsSchema.safeParse(req.params);
    const query = modelProbeQuerySchema.safeParse(req.query);
    const auditorEvent = await options.auditor.createEvent({
      eventId: 'model-probe',
      severityLevel: 'medium',
      request: req,
      meta: {
        ...(params.success && params.data),
        ...(query.success && query.data),
      },
    });
    try {
      const ref = parsedRequestInput(params, 'model reference');
      const { cluster } = parsedRequestInput(query, 'query');
      const model = { cluster, ...ref };
      await requireModelPermission(
        options,
        req,
        llmdModelProbePermission,
        model,
        'probe',
      );
      const probe = await options.prober.probe(model);
      const object = options.cache.get(
        cluster,
        'LLMInferenceService',
        ref.namespace,
        ref.name,
      )?.object;
      if (!object) {
        throw new NotFoundError(
          `No model service ${ref.namespace}/${ref.name} on cluster ${cluster}`,
        );
      }
      const diagnosis: ModelClusterDiagnosis = modelDiagnoser(
        options.cache,
        options.prober,
        cluster,
      )(object, probe);
      await auditorEvent.success({
        meta: {
          verdict: diagnosis.verdict,
          anonymousStatus: probe.anonymous.status,
          authenticatedStatus: probe.authenticated?.status,
        },
      });
      res.json(diagnosis);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });
  return router;
}
