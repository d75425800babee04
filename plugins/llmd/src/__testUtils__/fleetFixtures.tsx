import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type {
  FleetModelMetrics,
  GovernanceResponse,
  ListModelsResponse,
  LlmdClusterStatus,
  ModelSummary,
} from '@llmd/plugin-llmd-common';
import { type LlmdApi, llmdApiRef } from '../api';
import { FleetPage } from '../components/FleetPage/FleetPage';

/* The fleet page's backend answers for component tests: connected clusters, generated models, no policy, no metrics. */

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

/** The governance answer without a policy. */
const NO_POLICY: GovernanceResponse = {
  configured: false,
  rules: [],
  counts: { deny: 0, warn: 0, objects: 0 },
  items: [],
  totalCount: 0,
};

/** A `GET /models` page holding `items` (the only page unless `nextCursor` is given). */
export const modelsPage = ({
  items,
  ...rest
}: { items: ModelSummary[] } & Partial<
  Omit<ListModelsResponse, 'items'>
>): ListModelsResponse => ({
  items,
  totalCount: items.length,
  facets: { tenant: {}, cluster: {}, routing: {} },
  ...rest,
});

/** The headline metrics of `m` on its cluster: numbers unless `overrides` say otherwise. */
export const fleetMetrics = (
  m: ModelSummary,
  overrides: Partial<FleetModelMetrics> = {},
): FleetModelMetrics => ({
  cluster: m.cluster,
  namespace: m.namespace,
  name: m.name,
  state: 'ok',
  ttftP95Seconds: 0.25,
  requestsPerSecond: 2,
  kvCacheUsage: 0.5,
  ...overrides,
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

type ModelsQuery = Parameters<LlmdApi['listModels']>[0];

/** Whether `m` matches the query's filters, leaving out the facet `skip`. */
function matches(m: ModelSummary, query: ModelsQuery = {}, skip?: string) {
  const q = query.q?.toLocaleLowerCase('en-US');
  return (
    (skip === 'tenant' || !query.tenant || m.namespace === query.tenant) &&
    (skip === 'cluster' || !query.cluster || m.cluster === query.cluster) &&
    (skip === 'routing' ||
      !query.routing ||
      (m.routingPreset ?? 'unknown') === query.routing) &&
    (!query.ready || String(m.ready) === query.ready) &&
    (!q || `${m.name} ${m.displayName}`.toLocaleLowerCase('en-US').includes(q))
  );
}

function countBy(items: ModelSummary[], valueOf: (m: ModelSummary) => string) {
  const counts: Record<string, number> = {};
  for (const m of items) counts[valueOf(m)] = (counts[valueOf(m)] ?? 0) + 1;
  return counts;
}

/**
 * A `listModels` over `all` that filters (tenant, cluster, routing, ready, q), counts facets and pages like the
 * backend (the cursor is the offset); it keeps the order of `all` whatever the sort. A jest mock: its calls are the
 * queries the page sent.
 */
export function fakeListModels(all: ModelSummary[]) {
  return jest.fn(async (query: ModelsQuery = {}) => {
    const found = all.filter(m => matches(m, query));
    const offset = Number(query.cursor ?? 0);
    const limit = Number(query.limit ?? 50);
    const end = offset + limit;
    return {
      items: found.slice(offset, end),
      ...(end < found.length && { nextCursor: String(end) }),
      totalCount: found.length,
      facets: {
        tenant: countBy(
          all.filter(m => matches(m, query, 'tenant')),
          m => m.namespace,
        ),
        cluster: countBy(
          all.filter(m => matches(m, query, 'cluster')),
          m => m.cluster,
        ),
        routing: countBy(
          all.filter(m => matches(m, query, 'routing')),
          m => m.routingPreset ?? 'unknown',
        ),
      },
    } satisfies ListModelsResponse;
  });
}
