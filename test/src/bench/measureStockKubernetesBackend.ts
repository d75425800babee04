import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import kubernetesBackend from '@backstage/plugin-kubernetes-backend';
import type { BenchFleet } from './benchFleetClient';
import { benchModelName, benchModelNamespace } from './benchModels';
import type { BenchOptions } from './benchOptions';
import { percentile, round2 } from './percentiles';
import { timeSequentialRequests } from './timedRequests';

/** What the benchmark reports for the stock `@backstage/plugin-kubernetes-backend`. */
export interface StockBackendFigures {
  servicesMs: { p50: number; p95: number };
  apiServerRequestsPerPageView: number;
}

function modelEntity(index: number) {
  const name = benchModelName(index);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: benchModelNamespace(index),
      annotations: { 'backstage.io/kubernetes-id': name },
    },
    spec: { type: 'model-service', lifecycle: 'production', owner: 'guest' },
  };
}

/**
 * Starts the stock Kubernetes backend configured for the same clusters (customResources for
 * llminferenceservices, entities annotated `backstage.io/kubernetes-id`) and measures its
 * `POST /api/kubernetes/services/:name`, which is what its entity tab calls on every page view and every 10 s.
 */
export async function measureStockKubernetesBackend(
  fleet: BenchFleet,
  options: BenchOptions,
): Promise<StockBackendFigures> {
  const entities = Array.from({ length: options.models }, (_, i) =>
    modelEntity(i),
  );
  const backend = await startTestBackend({
    features: [
      kubernetesBackend,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          kubernetes: {
            serviceLocatorMethod: { type: 'multiTenant' },
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: fleet.clusters.map(c => ({
                  name: c.name,
                  url: c.url,
                  authProvider: 'serviceAccount',
                  serviceAccountToken: c.token,
                  skipMetricsLookup: true,
                  ...(c.caData ? { caData: c.caData } : {}),
                })),
              },
            ],
            customResources: [
              {
                group: 'serving.kserve.io',
                apiVersion: 'v1alpha1',
                plural: 'llminferenceservices',
              },
            ],
          },
        },
      }),
    ],
  });
  try {
    const base = `http://127.0.0.1:${backend.server.port()}/api/kubernetes`;
    const post = (i: number) => {
      const entity = entities[(i * 7919) % options.models];
      return fetch(`${base}/services/${entity.metadata.name}`, {
        method: 'POST',
        headers: {
          authorization: mockCredentials.user.header(),
          'content-type': 'application/json',
        },
        body: JSON.stringify({ entity }),
      });
    };
    await timeSequentialRequests(2, post); // warm-up: connections, TLS sessions
    await fleet.resetRequestCount();
    const latencies = await timeSequentialRequests(
      options.stockPageViews,
      post,
    );
    const requests = await fleet.requestCount();
    return {
      servicesMs: {
        p50: round2(percentile(latencies, 50)),
        p95: round2(percentile(latencies, 95)),
      },
      apiServerRequestsPerPageView: round2(requests / options.stockPageViews),
    };
  } finally {
    await backend.stop();
  }
}
