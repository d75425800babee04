import { NotFoundError } from '@backstage/errors';
import {
  type MetricsRange,
  metricsRangePlan,
  modelMetricsQuerySchema,
  type ModelMetricsResponse,
  modelRefParamsSchema,
  modelReplicas,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import type { ModelMetricsService } from '../metrics/ModelMetricsService';
import { metricsNotConfiguredWarning } from '../metrics/metricsNotConfigured';
import { modelOnClusters } from '../modelOnClusters';
import { parseRequestInput } from './parseRequestInput';
import {
  type ReadPermissionOptions,
  requireReadPermission,
} from './requireReadPermission';

/** Name of the errors of `PrometheusClient` (a class check would fail across two copies of the package). */
const PROMETHEUS_ERROR = 'PrometheusRequestError';

/** Dependencies of {@link modelMetricsRoute}. */
export interface ModelMetricsRouteOptions extends ReadPermissionOptions {
  readonly cache: LlmdClusterCache;
  readonly metrics: ModelMetricsService;
}

/**
 * `GET /models/:namespace/:name/metrics?cluster=&range=`: the model's serving metrics from its cluster's Prometheus
 * (the first cluster that runs it when none is named). 200 with state `not-configured` and how to configure it when
 * the cluster has no metrics source; 502 with the reason in words when Prometheus fails.
 */
export function modelMetricsRoute(options: ModelMetricsRouteOptions) {
  const router = Router();
  router.get('/models/:namespace/:name/metrics', async (req, res) => {
    await requireReadPermission(options, req);
    const { namespace, name } = parseRequestInput(
      modelRefParamsSchema,
      req.params,
      'model reference',
    );
    const query = parseRequestInput(
      modelMetricsQuerySchema,
      req.query,
      'query',
    );
    const [found] = modelOnClusters(
      options.cache,
      namespace,
      name,
      query.cluster,
    );
    if (!found) {
      throw new NotFoundError(
        `No model service ${namespace}/${name}${
          query.cluster ? ` on cluster ${query.cluster}` : ''
        }`,
      );
    }
    const cluster = found.health.name;
    if (!options.metrics.configured(cluster)) {
      res.json(notConfigured(cluster, namespace, name, query.range));
      return;
    }
    try {
      res.json(
        await options.metrics.modelMetrics(
          {
            cluster,
            namespace,
            name,
            prefillDecode: modelReplicas(found.object).prefill !== undefined,
          },
          query.range,
        ),
      );
    } catch (error) {
      if ((error as Error)?.name !== PROMETHEUS_ERROR) throw error;
      const { name: errorName, message } = error as Error;
      // a Prometheus outage is not a backend fault: the standard error body, the reason in words, no stack
      res.status(502).json({
        error: { name: errorName, message },
        request: { method: req.method, url: req.originalUrl },
        response: { statusCode: 502 },
      });
    }
  });
  return router;
}

/** The answer for a cluster without `llmd.clusters[].metrics`. */
function notConfigured(
  cluster: string,
  namespace: string,
  name: string,
  range: MetricsRange,
): ModelMetricsResponse {
  return {
    cluster,
    namespace,
    name,
    state: 'not-configured',
    range,
    stepSeconds: metricsRangePlan(range).stepSeconds,
    metrics: {},
    warnings: [metricsNotConfiguredWarning(cluster)],
    evaluatedAt: Math.floor(Date.now() / 1000),
  };
}
