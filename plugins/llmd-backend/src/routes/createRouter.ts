import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import Router from 'express-promise-router';
import { FleetView } from '../fleet/FleetView';
import type { FleetGovernance } from '../governance/FleetGovernance';
import { ModelMetricsService } from '../metrics/ModelMetricsService';
import { clustersRoute } from './clustersRoute';
import { fleetMetricsRoute } from './fleetMetricsRoute';
import { governanceRoute } from './governanceRoute';
import type { ModelProber } from '../reachability/ModelProber';
import { modelDetailRoute } from './modelDetailRoute';
import { modelDiagnosisRoute } from './modelDiagnosisRoute';
import { modelMetricsRoute } from './modelMetricsRoute';
import { modelProbeRoute } from './modelProbeRoute';
import { modelsRoute } from './modelsRoute';
import { preflightRoute } from './preflightRoute';
import { tokenRoute } from './tokenRoute';

/** Dependencies of {@link createRouter}. */
export interface RouterOptions {
  readonly cache: LlmdClusterCache;
  readonly httpAuth: HttpAuthService;
  readonly permissions: PermissionsService;
  readonly auditor: AuditorService;
  /** `llmd.tokens.maxTtlSeconds`. */
  readonly maxTtlSeconds: number;
  /** `llmd.policy` over the live objects; without it no findings are reported. */
  readonly governance?: FleetGovernance;
  /** Active probes (`llmd.clusters[].probe`) and their last results. */
  readonly prober: ModelProber;
  /** The fleet list kept from the cache's events; made (and started on first use) here when not given. */
  readonly fleet?: FleetView;
  /** Serving metrics from the clusters' Prometheus (`llmd.clusters[].metrics`); none configured when not given. */
  readonly metrics?: ModelMetricsService;
}

/**
 * The `/api/llmd` routes. They read the cluster cache only, so a page view costs no API-server request; only token
 * minting and probing call a cluster, and the metrics routes the cluster's Prometheus. Errors become `{error: {name,
 * message}}` in the HTTP router's error handler.
 */
export function createRouter(options: RouterOptions) {
  const fleet = options.fleet ?? new FleetView(options);
  const metrics =
    options.metrics ?? new ModelMetricsService({ configs: new Map() });
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.use(clustersRoute(options));
  router.use(preflightRoute(options));
  router.use(modelsRoute({ ...options, fleet }));
  router.use(modelDetailRoute(options));
  router.use(modelDiagnosisRoute(options));
  router.use(tokenRoute(options));
  router.use(modelProbeRoute(options));
  router.use(governanceRoute({ ...options, fleet }));
  router.use(modelMetricsRoute({ ...options, metrics }));
  router.use(fleetMetricsRoute({ ...options, metrics }));
  return router;
}
