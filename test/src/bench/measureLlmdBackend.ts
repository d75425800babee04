import { performance } from 'node:perf_hooks';
import { eventually } from '@internal/test-support';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import type { BenchFleet } from './benchFleetClient';
import {
  BENCH_SOLO_NAMESPACE,
  benchModelName,
  benchModelNamespace,
  benchSoloModelName,
} from './benchModels';
import type { BenchOptions } from './benchOptions';
import {
  type ChangeToViewFigures,
  measureChangeToView,
} from './measureChangeToView';
import {
  type DiagnosisFigures,
  measureDiagnosisViews,
} from './measureDiagnosisViews';
import { type FleetPageFigures, measureFleetPages } from './measureFleetPages';
import {
  type ModelDetailFigures,
  measureModelDetail,
} from './measureModelDetail';
import { startCountingPrometheus } from './countingPrometheus';
import {
  type MetricsFigures,
  measureMetricsRoutes,
} from './measureMetricsRoutes';
import { percentile, round2 } from './percentiles';
import { startBenchBackend } from './startBenchBackend';
import { rssMb } from './timedRequests';
import { waitForFleetView } from './waitForFleetView';

/** What the benchmark reports for the llmd backend. */
export interface LlmdBackendFigures {
  initialSyncMs: number;
  /**
   * From backend start until the fleet view answered its first page after the sync (the view evaluates every
   * model once; detail and page figures are measured after it).
   */
  initialViewMs: number;
  /** 503 answers (`Retry-After`: the view's build still running) before the first page. */
  initialViewUnavailable: number;
  objectsSynced: number;
  changeToCacheMs: { p50: number; p95: number; max: number };
  /** From a patch on the simulator until the fleet page's `GET /models` shows it. */
  changeToViewMs: ChangeToViewFigures;
  /**
   * From the first page after the change→cache edits until it answered: the fleet view re-evaluating what they
   * marked. The detail views are measured after it, on a settled view.
   */
  viewSettleMs: number;
  /** 503 answers before that page. */
  viewSettleUnavailable: number;
  /** The model page of a model only one cluster runs (`--solo-models`; the realistic case the target applies to). */
  modelDetailMs: ModelDetailFigures | null;
  /** The model page of a model every cluster runs (the bench repeats its model names on every cluster). */
  modelDetailAllClustersMs: ModelDetailFigures;
  /** The fleet page's data: `GET /models` and `GET /governance` pages (`llmd.fleet.modelsPageMs`, `…governanceMs`). */
  fleet: FleetPageFigures;
  apiServerRequestsPerPageView: number;
  /** The model page's Reachability card: the diagnosis route, no probe. */
  diagnosis: DiagnosisFigures;
  /** The Serving metrics card and the fleet page's metric columns (issue 19). */
  metrics: MetricsFigures;
  /** This process (the backend and the benchmark driving it): before the backend started, after the initial sync. */
  rssBeforeMb: number;
  rssAfterSyncMb: number;
  /** After the fleet view's first page: the summaries of every model built. */
  rssAfterViewMb: number;
  rssGrowthMb: number;
  /** After every measurement (caches and views filled). */
  rssEndMb: number;
}

const TOUCH_ANNOTATION = 'bench.llm-d.ai/touch';

/**
 * Starts the real llmd backend plugin (with the real llm-d cluster cache) against the simulated fleet and measures
 * initial sync, change→cache and change→view latency, `GET /api/llmd/models/:ns/:name` and `…/diagnosis` latency,
 * API-server requests per page view, the fleet page's paged requests and the metrics routes.
 */
export async function measureLlmdBackend(
  fleet: BenchFleet,
  options: BenchOptions,
): Promise<LlmdBackendFigures> {
  const rssBefore = rssMb();
  // started first: its start-up is not the backend's initial sync
  const metricsSource = options.metrics
    ? await startCountingPrometheus()
    : { unavailable: 'turned off (--no-metrics)' };
  // bounded, but long enough to report a slow sync (or view build) of 100 000 models on a busy machine
  const viewTimeoutMs = Math.max(
    300_000,
    options.clusters * options.models * 6,
  );
  const start = performance.now();
  const bench = await startBenchBackend(fleet, {
    modelsPerCluster: options.models + options.soloModels,
    timeoutMs: viewTimeoutMs,
    log: line => process.stderr.write(`bench: ${line}\n`),
    metricsUrl: 'url' in metricsSource ? metricsSource.url : undefined,
  }).catch(async error => {
    if ('stop' in metricsSource) await metricsSource.stop();
    throw error;
  });
  try {
    const initialSyncMs = performance.now() - start;
    const rssAfterSync = rssMb();
    const { base, headers, cache } = bench;
    const initialViewUnavailable = await waitForFleetView(
      base,
      headers,
      viewTimeoutMs,
    );
    const initialViewMs = performance.now() - start;
    const rssAfterView = rssMb();

    const changeLatencies = await measureChanges(cache, fleet, options);

    // the edits above marked fleet-view entries (and a build the first page did not wait for may still run): a page
    // answered 200 has evaluated them, so the views below do not run beside the build
    const settleStart = performance.now();
    const settleUnavailable = await waitForFleetView(
      base,
      headers,
      viewTimeoutMs,
      1,
    );
    const viewSettleMs = performance.now() - settleStart;

    await fleet.resetRequestCount();
    const allClusters = await measureModelDetail(
      base,
      headers,
      options.pageViews,
      options.clusters,
      i => {
        const index = (i * 7919) % options.models;
        return {
          namespace: benchModelNamespace(index),
          name: benchModelName(index),
        };
      },
    );
    const oneCluster =
      options.soloModels > 0
        ? await measureModelDetail(base, headers, options.pageViews, 1, i => ({
            namespace: BENCH_SOLO_NAMESPACE,
            name: benchSoloModelName(
              (i * 7919) % options.clusters,
              i % options.soloModels,
            ),
          }))
        : null;
    const requests = await fleet.requestCount();
    const detailViews = allClusters.requests + (oneCluster?.requests ?? 0);
    const diagnosis = await measureDiagnosisViews(
      base,
      headers,
      fleet,
      options,
    );
    const fleetFigures = await measureFleetPages(base, headers, options);
    const changeToViewMs = await measureChangeToView(
      base,
      headers,
      fleet,
      options,
    );
    const metrics = await measureMetricsRoutes(
      base,
      headers,
      metricsSource,
      options,
    );

    return {
      initialSyncMs: round2(initialSyncMs),
      initialViewMs: round2(initialViewMs),
      objectsSynced: options.clusters * (options.models + options.soloModels),
      changeToCacheMs: {
        p50: round2(percentile(changeLatencies, 50)),
        p95: round2(percentile(changeLatencies, 95)),
        max: round2(Math.max(...changeLatencies)),
      },
      changeToViewMs,
      initialViewUnavailable,
      viewSettleMs: round2(viewSettleMs),
      viewSettleUnavailable: settleUnavailable,
      modelDetailMs: oneCluster,
      modelDetailAllClustersMs: allClusters,
      fleet: fleetFigures,
      apiServerRequestsPerPageView: round2(requests / detailViews),
      diagnosis,
      metrics,
      rssBeforeMb: round2(rssBefore),
      rssAfterSyncMb: round2(rssAfterSync),
      rssAfterViewMb: round2(rssAfterView),
      rssGrowthMb: round2(rssAfterSync - rssBefore),
      rssEndMb: round2(rssMb()),
    };
  } finally {
    await bench.stop();
    if ('stop' in metricsSource) await metricsSource.stop();
  }
}

async function measureChanges(
  cache: LlmdClusterCache,
  fleet: BenchFleet,
  options: BenchOptions,
): Promise<number[]> {
  const seen = new Map<string, number>();
  const unsubscribe = cache.subscribe(event => {
    if (event.type !== 'modified') return;
    const touch = event.object.metadata.annotations?.[TOUCH_ANNOTATION];
    if (touch) seen.set(`${event.cluster}/${touch}`, performance.now());
  });
  const latencies: number[] = [];
  try {
    for (let k = 1; k <= options.changes; k++) {
      const cluster = k % options.clusters;
      const index = (k * 104729) % options.models;
      const key = `${fleet.clusters[cluster].name}/${k}`;
      const sent = performance.now();
      await fleet.touch(
        cluster,
        benchModelNamespace(index),
        benchModelName(index),
      );
      await eventually(`change ${k} in the cache`, () => seen.has(key), {
        timeoutMs: 10_000,
        intervalMs: 1,
      });
      latencies.push(seen.get(key)! - sent);
    }
  } finally {
    unsubscribe();
  }
  return latencies;
}
