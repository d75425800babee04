import { performance } from 'node:perf_hooks';
import { eventually } from '@internal/test-support';
import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
// The benchmark harness starts the real plugin, as the portal backend does.
import llmdBackendPlugin from '@llmd/plugin-llmd-backend';
import { RECOMMENDED_LLMD_POLICY } from '@llmd/plugin-llmd-common';
import {
  llmdClusterCacheServiceRef,
  type LlmdClusterCache,
} from '@llmd/plugin-llmd-node';
import type { BenchFleet } from './benchFleetClient';
import { benchModelName, benchModelNamespace } from './benchModels';
import type { BenchOptions } from './benchOptions';
import {
  type DiagnosisFigures,
  measureDiagnosisViews,
} from './measureDiagnosisViews';
import { percentile, round2 } from './percentiles';
import { rssMb, timeSequentialRequests } from './timedRequests';

/** What the benchmark reports for the llmd backend. */
export interface LlmdBackendFigures {
  initialSyncMs: number;
  objectsSynced: number;
  changeToCacheMs: { p50: number; p95: number; max: number };
  modelDetailMs: { p50: number; p95: number };
  /** The fleet page's data: `GET /models` and `GET /governance` over every model of every cluster. */
  fleet: {
    models: number;
    /** First answer: every EPP config resolved and linted, the policy evaluated. */
    modelsColdMs: number;
    modelsMs: { p50: number; p95: number };
    governanceMs: { p50: number; p95: number };
  };
  apiServerRequestsPerPageView: number;
  /** The model page's Reachability card: the diagnosis route, no probe. */
  diagnosis: DiagnosisFigures;
  rssGrowthMb: number;
}

const TOUCH_ANNOTATION = 'bench.llm-d.ai/touch';

/**
 * Starts the real llmd backend plugin (with the real llm-d cluster cache) against the simulated fleet and measures
 * initial sync, change→cache latency, `GET /api/llmd/models/:ns/:name` and `…/diagnosis` latency and API-server
 * requests per page view.
 */
export async function measureLlmdBackend(
  fleet: BenchFleet,
  options: BenchOptions,
): Promise<LlmdBackendFigures> {
  let cache: LlmdClusterCache | undefined;
  // Hands the root-scoped cache (the one the llmd plugin uses) to the benchmark.
  const probe = createBackendPlugin({
    pluginId: 'benchprobe',
    register(env) {
      env.registerInit({
        deps: { clusterCache: llmdClusterCacheServiceRef },
        async init({ clusterCache }) {
          cache = clusterCache;
        },
      });
    },
  });

  const rssBefore = rssMb();
  const start = performance.now();
  const backend = await startTestBackend({
    features: [
      llmdBackendPlugin,
      probe,
      mockServices.rootConfig.factory({
        data: {
          llmd: {
            // the fleet views evaluate it on every model
            policy: JSON.parse(JSON.stringify(RECOMMENDED_LLMD_POLICY)),
            clusters: fleet.clusters.map(c => ({
              name: c.name,
              url: c.url,
              auth: { serviceAccountToken: c.token },
              ...(c.caData ? { caData: c.caData } : {}),
            })),
          },
        },
      }),
    ],
  });
  try {
    const expected = options.models;
    await eventually(
      'the initial sync of every cluster',
      () =>
        !!cache &&
        cache
          .listClusters()
          .every(
            h => h.synced && h.objectCounts.LLMInferenceService === expected,
          ),
      { timeoutMs: 300_000, intervalMs: 10 },
    );
    const initialSyncMs = performance.now() - start;
    const rssGrowthMb = rssMb() - rssBefore;

    const changeLatencies = await measureChanges(cache!, fleet, options);

    const base = `http://127.0.0.1:${backend.server.port()}/api/llmd`;
    const headers = { authorization: mockCredentials.user.header() };
    await fleet.resetRequestCount();
    const latencies = await timeSequentialRequests(options.pageViews, i => {
      const index = (i * 7919) % options.models;
      return fetch(
        `${base}/models/${benchModelNamespace(index)}/${benchModelName(index)}`,
        { headers },
      );
    });
    const requests = await fleet.requestCount();
    const diagnosis = await measureDiagnosisViews(
      base,
      headers,
      fleet,
      options,
    );
    const fleetFigures = await measureFleetViews(base, headers, options);

    return {
      initialSyncMs: round2(initialSyncMs),
      objectsSynced: options.clusters * options.models,
      changeToCacheMs: {
        p50: round2(percentile(changeLatencies, 50)),
        p95: round2(percentile(changeLatencies, 95)),
        max: round2(Math.max(...changeLatencies)),
      },
      modelDetailMs: {
        p50: round2(percentile(latencies, 50)),
        p95: round2(percentile(latencies, 95)),
      },
      fleet: fleetFigures,
      apiServerRequestsPerPageView: round2(requests / options.pageViews),
      diagnosis,
      rssGrowthMb: round2(rssGrowthMb),
    };
  } finally {
    await backend.stop();
  }
}

/** The fleet page's two list requests: once cold, then `FLEET_VIEWS` times each. */
const FLEET_VIEWS = 10;

async function measureFleetViews(
  base: string,
  headers: Record<string, string>,
  options: BenchOptions,
): Promise<LlmdBackendFigures['fleet']> {
  const [cold] = await timeSequentialRequests(1, () =>
    fetch(`${base}/models`, { headers }),
  );
  const models = await timeSequentialRequests(FLEET_VIEWS, () =>
    fetch(`${base}/models`, { headers }),
  );
  const governance = await timeSequentialRequests(FLEET_VIEWS, () =>
    fetch(`${base}/governance`, { headers }),
  );
  const figures = (latencies: number[]) => ({
    p50: round2(percentile(latencies, 50)),
    p95: round2(percentile(latencies, 95)),
  });
  return {
    models: options.clusters * options.models,
    modelsColdMs: round2(cold),
    modelsMs: figures(models),
    governanceMs: figures(governance),
  };
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
