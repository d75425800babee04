import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
// The benchmark harness starts the real plugin, as the portal backend does.
import llmdBackendPlugin from '@llmd/plugin-llmd-backend';
import { RECOMMENDED_LLMD_POLICY } from '@llmd/plugin-llmd-common';
import {
  llmdClusterCacheServiceRef,
  type LlmdClusterCache,
} from '@llmd/plugin-llmd-node';
import { eventually } from '@internal/test-support';
import type { BenchFleet } from './benchFleetClient';

/** The llmd backend plugin started against the simulated fleet, on loopback. */
export interface BenchBackend {
  readonly backend: TestBackend;
  /** `http://127.0.0.1:<port>/api/llmd` */
  readonly base: string;
  /** An authenticated user's headers (the mock auth service's user; every permission allowed). */
  readonly headers: Record<string, string>;
  /** The root-scoped cache the plugin answers from. */
  readonly cache: LlmdClusterCache;
  stop(): Promise<void>;
}

/**
 * Starts the real llmd backend plugin (real llm-d cluster cache, the sample policy) on the fleet's clusters and waits
 * until every cluster is synced with `modelsPerCluster` models (bounded by `timeoutMs`). `metricsUrl`, when given,
 * becomes every cluster's Prometheus source.
 */
export async function startBenchBackend(
  fleet: Pick<BenchFleet, 'clusters'>,
  options: {
    modelsPerCluster: number;
    metricsUrl?: string;
    timeoutMs?: number;
    /** Progress lines while the initial sync runs (every 15 s). */
    log?: (line: string) => void;
  },
): Promise<BenchBackend> {
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
              ...(options.metricsUrl
                ? { metrics: { type: 'prometheus', url: options.metricsUrl } }
                : {}),
            })),
          },
        },
      }),
    ],
  });
  const progress = setInterval(() => {
    const clusters = cache?.listClusters() ?? [];
    const models = clusters.reduce(
      (sum, h) => sum + (h.objectCounts.LLMInferenceService ?? 0),
      0,
    );
    options.log?.(
      `initial sync: ${clusters.filter(h => h.synced).length}/${
        clusters.length
      } clusters synced, ${models} models cached`,
    );
  }, 15_000);
  try {
    await eventually(
      'the initial sync of every cluster',
      () =>
        !!cache &&
        cache
          .listClusters()
          .every(
            h =>
              h.synced &&
              h.objectCounts.LLMInferenceService === options.modelsPerCluster,
          ),
      { timeoutMs: options.timeoutMs ?? 300_000, intervalMs: 10 },
    );
  } catch (error) {
    await backend.stop();
    throw error;
  } finally {
    clearInterval(progress);
  }
  return {
    backend,
    base: `http://127.0.0.1:${backend.server.port()}/api/llmd`,
    headers: { authorization: mockCredentials.user.header() },
    cache: cache!,
    stop: () => backend.stop(),
  };
}
