import {
  eventually,
  manyKeysYaml,
  modelWithConfigText,
} from '@internal/test-support';
import { performance } from 'node:perf_hooks';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
// The benchmark harness starts the real plugin, as the portal backend does.
import llmdBackendPlugin from '@llmd/plugin-llmd-backend';
import {
  RECOMMENDED_LLMD_POLICY,
  renderEppPreset,
} from '@llmd/plugin-llmd-common';
import { percentile, round2 } from './percentiles';
import { timeSequentialRequests } from './timedRequests';

/** What the benchmark reports for one model carrying a 1 MB EPP config (issue 22). */
export interface LargeEppConfigFigures {
  models: number;
  configBytes: number;
  /** `GET /models` without the large config, then with it. */
  modelsMs: { p50: number; p95: number };
  modelsWithLargeConfigMs: { p50: number; p95: number };
  /** The first `GET /models` after the large config arrived (its analysis included). */
  firstWithLargeConfigMs: number;
  p95Ratio: number;
  /** `/.backstage/health/v1/readiness`, each sent while a `GET /models` is in flight. */
  readinessMs: { p95: number; max: number };
}

/** Requests per measurement: bounded, so the whole measurement takes seconds. */
const REQUESTS = 30;
const NAMESPACE = 'bench-large';

const figures = (latencies: number[]) => ({
  p50: round2(percentile(latencies, 50)),
  p95: round2(percentile(latencies, 95)),
});

/**
 * `GET /models` p95 on one simulated cluster (loopback) with `models` models carrying a normal config, then with one
 * more carrying a 1 MB config, and the readiness probe's latency while the models are listed.
 */
export async function measureLargeEppConfig(
  models: number,
): Promise<LargeEppConfigFigures> {
  const normal = renderEppPreset('default', 'router-v0.10').yaml;
  const sim = await startClusterSimulator({
    objects: [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } },
      ...Array.from({ length: models }, (_, i) =>
        modelWithConfigText(NAMESPACE, `model-${i}`, normal),
      ),
    ],
  });
  let backend: Awaited<ReturnType<typeof startTestBackend>> | undefined;
  try {
    backend = await startTestBackend({
      features: [
        llmdBackendPlugin,
        mockServices.rootConfig.factory({
          data: {
            llmd: {
              clusters: [llmdClusterConfig(sim)],
              policy: JSON.parse(JSON.stringify(RECOMMENDED_LLMD_POLICY)),
            },
          },
        }),
      ],
    });
    const base = `http://127.0.0.1:${backend.server.port()}`;
    const headers = { authorization: mockCredentials.user.header() };
    // the largest page (the route pages since issue 20): the whole cluster's summaries, as before paging
    const list = () => fetch(`${base}/api/llmd/models?limit=500`, { headers });
    const count = async () =>
      (await (await list()).json()).totalCount as number;
    await eventually(
      `${models} models`,
      async () => (await count()) === models,
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    const before = await timeSequentialRequests(REQUESTS, list);

    const text = manyKeysYaml(renderEppPreset('default', 'router-v0.10').yaml);
    sim.apply(modelWithConfigText(NAMESPACE, 'large-config', text));
    // The latency of the first listing that holds the large config (it is analysed then).
    const { firstWithLargeConfigMs } = await eventually(
      'the large config',
      async () => {
        const start = performance.now();
        const body = await (await list()).json();
        const ms = performance.now() - start;
        return body.totalCount === models + 1 && { firstWithLargeConfigMs: ms };
      },
      { timeoutMs: 60_000, intervalMs: 20 },
    );
    const after = await timeSequentialRequests(REQUESTS, list);

    const readiness: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const listing = list().then(r => r.text());
      const start = performance.now();
      await (await fetch(`${base}/.backstage/health/v1/readiness`)).text();
      readiness.push(performance.now() - start);
      await listing;
    }

    const modelsMs = figures(before);
    const modelsWithLargeConfigMs = figures(after);
    return {
      models: models + 1,
      configBytes: Buffer.byteLength(text),
      modelsMs,
      modelsWithLargeConfigMs,
      firstWithLargeConfigMs: round2(firstWithLargeConfigMs),
      p95Ratio: round2(modelsWithLargeConfigMs.p95 / modelsMs.p95),
      readinessMs: {
        p95: round2(percentile(readiness, 95)),
        max: round2(Math.max(...readiness)),
      },
    };
  } finally {
    await backend?.stop();
    await sim.close();
  }
}
