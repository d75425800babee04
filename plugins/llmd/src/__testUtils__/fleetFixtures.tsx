import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type {
  GovernanceResponse,
  ListModelsResponse,
  LlmdClusterStatus,
  ModelSummary,
} from '@llmd/plugin-llmd-common';
import { type LlmdApi, llmdApiRef } from '../api';
import { FleetPage } from '../components/FleetPage/FleetPage';

/* The fleet page's backend answers for component tests: connected clusters, generated models, no policy. */

/** A connected, synced cluster `demo`, changed by `overrides`. */
export const cluster = (overrides: Partial<LlmdClusterStatus> = {}) =>
  ({
    name: 'demo',
    connected: true,
    synced: true,
    stale: false,
    objectCounts: {},
    defaults: {
      llmisvcApiVersion: 'v1alpha1',
      eppDialect: 'scheduler-v0.2',
      tokenAudience: 'x',
    },
    ...overrides,
  } as LlmdClusterStatus);

/** Model number `i` on `demo` (in team-<i mod 7>, ready unless i is a multiple of 3). */
export const model = (i: number, overrides: Partial<ModelSummary> = {}) =>
  ({
    cluster: 'demo',
    namespace: `team-${i % 7}`,
    name: `model-${String(i).padStart(4, '0')}`,
    entityRef: `component:team-${i % 7}/model-${String(i).padStart(4, '0')}`,
    displayName: `Model ${i}`,
    modelName: 'm',
    ready: i % 3 !== 0,
    replicas: { decode: 1 },
    authEnabled: true,
    endpoints: [],
    stale: false,
    gpus: 1,
    routingPreset: 'default',
    ...overrides,
  } as ModelSummary);

const NO_POLICY: GovernanceResponse = {
  configured: false,
  rules: [],
  counts: { deny: 0, warn: 0, objects: 0 },
  items: [],
  totalCount: 0,
};

/** A one-page `GET /models` answer holding `items`. */
export const modelsPage = ({
  items,
}: {
  items: ModelSummary[];
}): ListModelsResponse => ({
  items,
  totalCount: items.length,
  facets: { tenant: {}, cluster: {}, routing: {} },
});

/** An llm-d API answering the fleet page's calls, changed by `overrides`. */
export function api(overrides: Partial<LlmdApi> = {}): LlmdApi {
  return {
    listClusters: async () => ({ items: [cluster()] }),
    listModels: async () => ({
      items: [],
      totalCount: 0,
      facets: { tenant: {}, cluster: {}, routing: {} },
    }),
    getModel: jest.fn(),
    createToken: jest.fn(),
    getGovernance: async () => NO_POLICY,
    getClusterPreflight: async name => ({
      cluster: name,
      status: 'ok',
      checks: [],
    }),
    getModelDiagnosis: jest.fn(),
    probeModel: jest.fn(),
    getModelMetrics: jest.fn(),
    getFleetMetrics: async () => ({ items: [], warnings: [] }),
    ...overrides,
  };
}

/** Renders the fleet page with `llmdApi` in a test app that routes entity links. */
export const renderPage = (llmdApi: LlmdApi) =>
  renderInTestApp(
    <TestApiProvider apis={[[llmdApiRef, llmdApi]]}>
      <FleetPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
