import {
  type ListModelsQueryInput,
  listModelsQuerySchema,
  type ModelSummary,
} from '@llmd/plugin-llmd-common';
import type { KubeObject } from '@llmd/plugin-llmd-node';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import { granite } from '../__testUtils__/testObjects';
import { ModelProber } from '../reachability/ModelProber';
import { FleetView } from './FleetView';
import { ModelPages } from './ModelPages';
import { modelComparator } from './modelSortKey';

const CLUSTERS = ['east', 'west', 'lab'];
const TENANTS = ['team-a', 'team-b', 'team-c', 'team-d'];

/** Model `i`: tenants, readiness and GPU counts vary, and names repeat across clusters (ties to break). */
function model(i: number): KubeObject {
  return {
    ...granite,
    metadata: {
      name: `model-${String(i % 17).padStart(2, '0')}-${i % 5}`,
      namespace: TENANTS[i % TENANTS.length],
      annotations: { 'openshift.io/display-name': `Model ${i}` },
    },
    spec: { ...granite.spec, replicas: i % 4 },
    status: {
      conditions: [{ type: 'Ready', status: i % 3 ? 'True' : 'False' }],
    },
  } as KubeObject;
}

function setup(count = 90) {
  const cache = llmdClusterCacheMock({
    clusters: CLUSTERS,
    objects: Array.from({ length: count }, (_, i) => ({
      cluster: CLUSTERS[i % CLUSTERS.length],
      object: model(i),
    })),
  });
  const view = new FleetView({
    cache,
    prober: new ModelProber({ cache, probeConfigs: new Map() }),
  });
  const pages = new ModelPages(view);
  const page = (input: ListModelsQueryInput) => {
    view.flush();
    return pages.page(listModelsQuerySchema.parse(input));
  };
  /** Every page of the query, following nextCursor. */
  const pageThrough = (input: ListModelsQueryInput) => {
    const items: ModelSummary[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 1000; n++) {
      const res = page({ ...input, ...(cursor && { cursor }) });
      items.push(...res.items);
      cursor = res.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('the pages do not end');
  };
  return { cache, view, page, pageThrough };
}

const id = (m: ModelSummary) => `${m.cluster}/${m.namespace}/${m.name}`;

describe('ModelPages', () => {
  it.each([
    'name',
    '-name',
    'tenant',
    'cluster',
    '-ready',
    'gpus',
    '-gpus',
    'reachable',
    'routing',
    'findings',
  ])('pages through every model exactly once, in %s order', sort => {
    const { page, pageThrough } = setup();
    const all = pageThrough({ sort, limit: 7 });
    expect(all).toHaveLength(90);
    expect(new Set(all.map(id)).size).toBe(90);
    expect([...all].sort(modelComparator(sort))).toEqual(all);
    expect(page({ sort, limit: 7 }).totalCount).toBe(90);
  });

  it('filters before paging, and counts each facet over every filter but its own', () => {
    const { page, pageThrough } = setup();
    const filtered = pageThrough({ tenant: 'team-b', ready: 'true', limit: 4 });
    expect(filtered.length).toBeGreaterThan(4);
    expect(filtered.every(m => m.namespace === 'team-b' && m.ready)).toBe(true);
    const res = page({ tenant: 'team-b', ready: 'true', limit: 4 });
    expect(res.totalCount).toBe(filtered.length);
    const readyAll = pageThrough({ ready: 'true', limit: 500 });
    const countBy = (items: ModelSummary[], key: (m: ModelSummary) => string) =>
      items.reduce<Record<string, number>>((counts, m) => {
        counts[key(m)] = (counts[key(m)] ?? 0) + 1;
        return counts;
      }, {});
    // tenant counts ignore the tenant filter; cluster and routing counts apply it
    expect(res.facets.tenant).toEqual(countBy(readyAll, m => m.namespace));
    expect(res.facets.cluster).toEqual(countBy(filtered, m => m.cluster));
    expect(res.facets.routing).toEqual(
      countBy(filtered, m => m.routingPreset ?? 'unknown'),
    );
    const byQuery = pageThrough({ q: 'MODEL 1', limit: 500 });
    expect(byQuery.length).toBeGreaterThan(0);
    expect(
      byQuery.every(m => m.displayName.toLowerCase().includes('model 1')),
    ).toBe(true);
    expect(page({ cluster: 'lab', routing: 'nope' }).totalCount).toBe(0);
  });

  it('resumes a cursor after the fleet changed: the next page starts after the last item seen', () => {
    const { cache, page } = setup();
    const first = page({ limit: 10 });
    const seen = first.items.map(id);
    const next = page({ limit: 10, cursor: first.nextCursor }).items;
    // one of the next page goes away, and a model sorting before the cursor appears
    const gone = next[0];
    cache.delete(gone.cluster, {
      ...model(0),
      metadata: { name: gone.name, namespace: gone.namespace },
    } as KubeObject);
    cache.put('east', {
      ...model(0),
      metadata: { name: 'aaa-first', namespace: 'team-a' },
    } as KubeObject);
    const resumed = page({ limit: 10, cursor: first.nextCursor });
    expect(resumed.items.slice(0, 9).map(id)).toEqual(next.slice(1).map(id));
    expect(resumed.items.map(id).some(i => seen.includes(i))).toBe(false);
    expect(page({ limit: 10 }).items[0].name).toBe('aaa-first');
  });

  it('keeps its sorted and filtered lists and facets up to date as models change, as a fresh count gives them', () => {
    const { cache, view, page } = setup();
    const queries: ListModelsQueryInput[] = [
      { limit: 500 },
      { limit: 500, sort: '-ready' },
      { limit: 500, ready: 'false', sort: 'gpus' },
      { limit: 500, tenant: 'team-a', cluster: 'west' },
      { limit: 500, q: 'model 2' },
    ];
    for (const query of queries) page(query);
    for (let i = 0; i < 30; i++) {
      const changed = model(i * 3);
      cache.put(CLUSTERS[(i * 3) % CLUSTERS.length], {
        ...changed,
        // readiness flips, GPUs change, and one in three moves to another display name
        spec: { ...granite.spec, replicas: (i % 5) + 1 },
        status: {
          conditions: [{ type: 'Ready', status: i % 2 ? 'True' : 'False' }],
        },
        metadata: {
          ...changed.metadata,
          annotations: {
            'openshift.io/display-name': `Model ${i % 3 ? i : 2}`,
          },
        },
      } as KubeObject);
      if (i % 7 === 0)
        cache.delete(CLUSTERS[(i * 3 + 1) % 3], model(i * 3 + 1));
    }
    view.flush();
    const fresh = new ModelPages(view);
    for (const query of queries) {
      expect(page(query)).toEqual(
        fresh.page(listModelsQuerySchema.parse(query)),
      );
    }
  });

  it('refuses a cursor of another sort order or a made-up one', () => {
    const { page } = setup();
    const { nextCursor } = page({ limit: 5 });
    expect(() => page({ sort: '-gpus', cursor: nextCursor })).toThrow(
      /cursor: it belongs to the sort order name/,
    );
    expect(() => page({ cursor: 'bm9wZQ' })).toThrow(/cursor: not a cursor/);
  });
});
