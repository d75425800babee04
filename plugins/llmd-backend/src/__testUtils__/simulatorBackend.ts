import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  type ClusterSimulator,
  llmdClusterConfig,
} from '@llmd/cluster-simulator';
import request from 'supertest';
import llmdPlugin from '..';
import type { LlmdTestBackend } from './startLlmdTestBackend';

type Feature = NonNullable<
  Parameters<typeof startTestBackend>[0]['features']
>[number];

/** Options of {@link startSimulatorBackend}. */
export interface SimulatorBackendOptions {
  /** Turns the active probe on for the simulated cluster (`llmd.clusters[].probe`). */
  probe?: boolean;
  /** The cluster's Prometheus (`llmd.clusters[].metrics`), if any. */
  metricsUrl?: string;
  /** More features, e.g. a capturing logger or a permission mock. */
  features?: Feature[];
}

/** Starts a real backend whose llm-d cache watches `sim` (cluster `demo`), with short watch backoffs. */
export async function startSimulatorBackend(
  sim: ClusterSimulator,
  options: SimulatorBackendOptions = {},
): Promise<LlmdTestBackend> {
  const cluster = {
    ...llmdClusterConfig(sim),
    ...(options.metricsUrl !== undefined && {
      metrics: { type: 'prometheus', url: options.metricsUrl },
    }),
  };
  return startTestBackend({
    features: [
      llmdPlugin,
      mockServices.rootConfig.factory({
        data: {
          llmd: {
            clusters: [
              options.probe
                ? { ...cluster, probe: { enabled: true, timeoutMs: 5000 } }
                : cluster,
            ],
            cache: { backoff: { initialMs: 50, maxMs: 500 } },
          },
        },
      }),
      ...(options.features ?? []),
    ],
  });
}

/** GET and POST `/api/llmd<path>` of `backend` as a signed-in user. */
export function asUser(backend: LlmdTestBackend) {
  const auth = mockCredentials.user.header();
  return {
    get: (path: string) =>
      request(backend.server)
        .get(`/api/llmd${path}`)
        .set('Authorization', auth),
    post: (path: string) =>
      request(backend.server)
        .post(`/api/llmd${path}`)
        .set('Authorization', auth),
  };
}
