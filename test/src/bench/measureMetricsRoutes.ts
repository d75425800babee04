import { benchModelName, benchModelNamespace } from './benchModels';
import type { BenchOptions } from './benchOptions';
import type { MetricsSource } from './countingPrometheus';
import { percentile, round2 } from './percentiles';
import { timeSequentialRequests } from './timedRequests';

/** What the benchmark reports for the metrics routes (issue 19), or why it could not measure them. */
export type MetricsFigures =
  | { measured: false; reason: string }
  | {
      measured: true;
      /** `GET /models/:ns/:name/metrics?range=1h` answered from the route's cache (same model, within 15 s). */
      modelRouteWarmMs: { p50: number; p95: number };
      /**
       * Prometheus queries of one model page view: the first on a cluster (metric-name detection included), a cold
       * one with data (another range), a cold one of a model without series, and warm ones (per view).
       */
      queriesPerModelView: {
        firstOnCluster: number;
        cold: number;
        coldWithoutData: number;
        warm: number;
      };
      /** `POST /metrics/fleet` for the 50 models of a fleet page. */
      fleetRouteMs: { cold: number; warmP50: number; warmP95: number };
      /** Prometheus queries of one fleet page view (50 models), cold and warm. */
      queriesPerFleetView: { cold: number; warm: number };
    };

/** Warm views measured: well inside the routes' 15 s cache. */
const WARM_VIEWS = 200;
const WARM_BUDGET_MS = 10_000;

const metricsUrl = (
  base: string,
  cluster: string,
  index: number,
  range = '1h',
) =>
  `${base}/models/${benchModelNamespace(index)}/${benchModelName(
    index,
  )}/metrics?cluster=${cluster}&range=${range}`;

/**
 * The Serving metrics card's route and the fleet page's batched metrics request against the counting Prometheus:
 * latency with a warm cache and Prometheus queries per view.
 */
export async function measureMetricsRoutes(
  base: string,
  headers: Record<string, string>,
  source: MetricsSource | undefined,
  options: BenchOptions,
): Promise<MetricsFigures> {
  if (!source) return { measured: false, reason: 'metrics not measured' };
  if ('unavailable' in source) {
    return {
      measured: false,
      reason: `no Prometheus: ${source.unavailable}`,
    };
  }
  const cluster = 'cluster-0';
  source.reset();
  const probe = await fetch(metricsUrl(base, cluster, 0), { headers });
  const probeBody = await probe.text();
  if (!probe.ok) {
    return {
      measured: false,
      reason: `GET /models/:ns/:name/metrics answered ${
        probe.status
      }: ${probeBody.slice(0, 200)}`,
    };
  }
  const firstOnCluster = source.queries();

  // model 0 is the one Prometheus scraped: another range is a cold view with data (names already known)
  source.reset();
  await timeSequentialRequests(1, () =>
    fetch(metricsUrl(base, cluster, 0, '6h'), { headers }),
  );
  const cold = source.queries();
  source.reset();
  await timeSequentialRequests(1, () =>
    fetch(metricsUrl(base, cluster, 1), { headers }),
  );
  const coldWithoutData = source.queries();

  source.reset();
  const warm = await timeSequentialRequests(
    WARM_VIEWS,
    () => fetch(metricsUrl(base, cluster, 0), { headers }),
    WARM_BUDGET_MS,
  );
  const warmQueries = source.queries() / warm.length;

  // the first fleet page: 50 models spread over the clusters, as `GET /models?limit=50` sorted by name lists them
  const page = Array.from({ length: Math.min(50, options.models) }, (_, i) => ({
    cluster: `cluster-${i % options.clusters}`,
    namespace: benchModelNamespace(i),
    name: benchModelName(i),
  }));
  const fleetRequest = () =>
    fetch(`${base}/metrics/fleet`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ models: page }),
    });
  source.reset();
  const [fleetCold] = await timeSequentialRequests(1, fleetRequest);
  const fleetColdQueries = source.queries();
  source.reset();
  const fleetWarm = await timeSequentialRequests(
    WARM_VIEWS,
    fleetRequest,
    WARM_BUDGET_MS,
  );
  const fleetWarmQueries = source.queries() / fleetWarm.length;

  return {
    measured: true,
    modelRouteWarmMs: {
      p50: round2(percentile(warm, 50)),
      p95: round2(percentile(warm, 95)),
    },
    queriesPerModelView: {
      firstOnCluster,
      cold,
      coldWithoutData,
      warm: round2(warmQueries),
    },
    fleetRouteMs: {
      cold: round2(fleetCold),
      warmP50: round2(percentile(fleetWarm, 50)),
      warmP95: round2(percentile(fleetWarm, 95)),
    },
    queriesPerFleetView: {
      cold: fleetColdQueries,
      warm: round2(fleetWarmQueries),
    },
  };
}
