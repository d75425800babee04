import path from 'node:path';
import {
  type ClusterSimulator,
  SIMULATION_ANNOTATIONS,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import {
  eventually,
  type PrometheusNaming,
  repoRoot,
  startPrometheus,
  type TestPrometheus,
} from '@internal/test-support';
import { asUser, startSimulatorBackend } from './simulatorBackend';
import type { LlmdTestBackend } from './startLlmdTestBackend';

/** apiVersion of LLMInferenceService. */
export const LLMIS = 'serving.kserve.io/v1alpha1';

/** Waits for the controller, the cache and Prometheus's 1 s scrapes. */
export const SCRAPED = { timeoutMs: 30_000, intervalMs: 200 };

/** The simulated cluster, the real Prometheus scraping its pods and the backend reading both. */
export interface ScrapedSimulator {
  readonly sim: ClusterSimulator;
  readonly prometheus: TestPrometheus;
  readonly backend: LlmdTestBackend;
  /** The scrape job whose series to count (the first: raw names unless `naming` is `kserve`). */
  readonly job: string;
  /** GET and POST on `/api/llmd` as a signed-in user. */
  readonly api: ReturnType<typeof asUser>;
  stop(): Promise<void>;
}

/**
 * Starts the simulator seeded from examples/gitops with its data plane (every model served without tokens, plus the
 * given annotations on every model), a real Prometheus scraping its pod network every second with OpenShift AI's
 * `naming`, and the backend with `llmd.clusters[demo].metrics` pointing at that Prometheus.
 */
export async function startScrapedSimulator(options: {
  naming: PrometheusNaming;
  /** More annotations of every model, e.g. which generation of metric names its pods emit. */
  annotations?: Record<string, string>;
}): Promise<ScrapedSimulator> {
  const sim = await startClusterSimulator({
    seedDir: path.join(repoRoot, 'examples', 'gitops'),
    controller: { readyAfterMs: 0 },
    dataPlane: true,
  });
  const stops: (() => Promise<unknown>)[] = [() => sim.close()];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    for (const model of sim.list(LLMIS, 'LLMInferenceService') as any[]) {
      model.metadata.annotations = {
        ...model.metadata.annotations,
        [SIMULATION_ANNOTATIONS.dataPlaneAuth]: 'open',
        ...options.annotations,
      };
      sim.apply(model);
    }
    const prometheus = await startPrometheus({
      httpSdUrl: `${sim.podNetworkUrl}/targets`,
      naming: options.naming,
      scrapeIntervalSeconds: 1,
      refreshIntervalSeconds: 1,
    });
    stops.push(() => prometheus.stop());
    const backend = await startSimulatorBackend(sim, {
      metricsUrl: prometheus.url,
    });
    stops.push(() => backend.stop());
    return {
      sim,
      prometheus,
      backend,
      job: prometheus.jobs[0],
      api: asUser(backend),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A model's `status.url` once the controller has pointed it at its Gateway's loopback listener. */
export function modelUrl(
  sim: ClusterSimulator,
  namespace: string,
  name: string,
): Promise<string> {
  return eventually(
    `status.url of ${namespace}/${name} on loopback`,
    () => {
      const model = sim.get(LLMIS, 'LLMInferenceService', namespace, name) as
        | { status?: { url?: string } }
        | undefined;
      const url = model?.status?.url;
      return url && /^http:\/\/127\.0\.0\.1:\d+\//.test(url) ? url : undefined;
    },
    SCRAPED,
  );
}
