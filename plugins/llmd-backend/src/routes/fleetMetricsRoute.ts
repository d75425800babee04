import { fleetMetricsRequestSchema } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import type { ModelMetricsService } from '../metrics/ModelMetricsService';
import { parseRequestInput } from './parseRequestInput';
import { readJsonBody } from './readJsonBody';
import {
  type ReadPermissionOptions,
  requireReadPermission,
} from './requireReadPermission';

/** Dependencies of {@link fleetMetricsRoute}. */
export interface FleetMetricsRouteOptions extends ReadPermissionOptions {
  readonly cache: LlmdClusterCache;
  readonly metrics: ModelMetricsService;
}

/**
 * `POST /metrics/fleet` `{models: [{cluster, namespace, name}]}`: TTFT p95, req/s and KV-cache usage of the
 * visible fleet page, one batched Prometheus query per column and cluster (per namespace on a tenancy port), not
 * one per row. Models not in the cache are left out.
 */
export function fleetMetricsRoute(options: FleetMetricsRouteOptions) {
  const router = Router();
  // 500 references of at most ~330 characters each
  const readBody = readJsonBody({ limit: '256kb' });
  router.post('/metrics/fleet', async (req, res) => {
    await requireReadPermission(options, req);
    await readBody(req, res);
    const { models } = parseRequestInput(
      fleetMetricsRequestSchema,
      req.body,
      'body',
    );
    const known = models.filter(
      m =>
        options.cache.get(
          m.cluster,
          'LLMInferenceService',
          m.namespace,
          m.name,
        ) !== undefined,
    );
    res.json(await options.metrics.fleetMetrics(known));
  });
  return router;
}
