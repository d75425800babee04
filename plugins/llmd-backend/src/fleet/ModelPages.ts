import type {
  ListModelsQuery,
  ListModelsResponse,
  ModelFacets,
  ModelSummary,
} from '@llmd/plugin-llmd-common';
import type { FleetEntry } from './fleetEntry';
import type { FleetView } from './FleetView';
import { compareToKey, modelComparator, modelSortKey } from './modelSortKey';
import { decodePageCursor, encodePageCursor } from './pageCursor';
import { firstAfter, SortedEntries } from './SortedEntries';

/** The filters of `GET /models` (the query without paging and sort). */
type ModelFilters = Pick<
  ListModelsQuery,
  'q' | 'tenant' | 'cluster' | 'ready' | 'routing' | 'reachable'
>;

/** Memoised results kept per view version; more distinct queries than this in one version start over. */
const MAX_MEMO = 256;

/**
 * Pages of `GET /models` over a {@link FleetView}: one sorted array per sort order asked for, kept in order as
 * entries change; the matching models per (filters, sort) and the facets per filters are computed once per view
 * version, so a steady fleet's page costs a binary search and a slice.
 */
export class ModelPages {
  private readonly sorted = new Map<string, SortedEntries<ModelSummary>>();
  private readonly matching = new Map<string, readonly ModelSummary[]>();
  private readonly facets = new Map<string, ModelFacets>();
  private memoVersion = -1;

  constructor(private readonly view: FleetView) {
    view.onChange(({ removed, added }) => {
      if (this.sorted.size === 0) return;
      const old = summariesOf(removed);
      const next = summariesOf(added);
      for (const list of this.sorted.values()) list.apply(old, next);
    });
  }

  /** One page of the models matching the query (the view must be flushed). */
  page(query: ListModelsQuery): ListModelsResponse {
    this.forgetOlderVersions();
    const list = this.matchingOf(query);
    const descending = query.sort.startsWith('-');
    const field = descending ? query.sort.slice(1) : query.sort;
    const after = query.cursor
      ? decodePageCursor(query.cursor, query.sort, 4).key
      : undefined;
    const start = after
      ? firstAfter(list, summary =>
          compareToKey(summary, field, descending, after),
        )
      : 0;
    const items = list.slice(start, start + query.limit);
    const last = items[items.length - 1];
    const more = start + query.limit < list.length;
    return {
      items,
      ...(more &&
        last && {
          nextCursor: encodePageCursor({
            sort: query.sort,
            key: modelSortKey(last, field),
          }),
        }),
      totalCount: list.length,
      facets: this.facetsOf(query),
    };
  }

  private forgetOlderVersions(): void {
    if (this.memoVersion === this.view.version) return;
    this.memoVersion = this.view.version;
    this.matching.clear();
    this.facets.clear();
  }

  private sortedOf(sort: string): SortedEntries<ModelSummary> {
    let list = this.sorted.get(sort);
    if (!list) {
      list = new SortedEntries(
        summariesOf([...this.view.all()]),
        modelComparator(sort),
      );
      this.sorted.set(sort, list);
    }
    return list;
  }

  private matchingOf(query: ListModelsQuery): readonly ModelSummary[] {
    const all = this.sortedOf(query.sort).all;
    const filters = filtersOf(query);
    if (Object.keys(filters).length === 0) return all;
    const key = JSON.stringify([filters, query.sort]);
    let list = this.matching.get(key);
    if (!list) {
      const matches = matcher(filters);
      list = all.filter(summary => matches(summary, undefined));
      if (this.matching.size >= MAX_MEMO) this.matching.clear();
      this.matching.set(key, list);
    }
    return list;
  }

  /** Each facet counts the models matching every filter but its own. */
  private facetsOf(query: ListModelsQuery): ModelFacets {
    const filters = filtersOf(query);
    const key = JSON.stringify(filters);
    let facets = this.facets.get(key);
    if (!facets) {
      const matches = matcher(filters);
      const tenant: Record<string, number> = {};
      const cluster: Record<string, number> = {};
      const routing: Record<string, number> = {};
      for (const summary of this.sortedOf('name').all) {
        if (!matches(summary, 'facets')) continue;
        const t =
          filters.tenant === undefined || summary.namespace === filters.tenant;
        const c =
          filters.cluster === undefined || summary.cluster === filters.cluster;
        const preset = summary.routingPreset ?? 'unknown';
        const r = filters.routing === undefined || preset === filters.routing;
        if (c && r)
          tenant[summary.namespace] = (tenant[summary.namespace] ?? 0) + 1;
        if (t && r)
          cluster[summary.cluster] = (cluster[summary.cluster] ?? 0) + 1;
        if (t && c) routing[preset] = (routing[preset] ?? 0) + 1;
      }
      facets = { tenant, cluster, routing };
      if (this.facets.size >= MAX_MEMO) this.facets.clear();
      this.facets.set(key, facets);
    }
    return facets;
  }
}

function summariesOf(entries: readonly FleetEntry[]): ModelSummary[] {
  return entries.flatMap(entry => entry.summary ?? []);
}

/** The filters the query sets (so equal filters give equal memo keys). */
export function filtersOf(query: ListModelsQuery): ModelFilters {
  const { q, tenant, cluster, ready, routing, reachable } = query;
  return {
    ...(q && { q: q.toLowerCase() }),
    ...(tenant !== undefined && { tenant }),
    ...(cluster !== undefined && { cluster }),
    ...(ready !== undefined && { ready }),
    ...(routing !== undefined && { routing }),
    ...(reachable !== undefined && { reachable }),
  };
}

/** Lower-cased text `q` searches, memoised per summary object. */
const searchText = new WeakMap<ModelSummary, string>();

function searchOf(summary: ModelSummary): string {
  let text = searchText.get(summary);
  if (text === undefined) {
    text = [
      summary.name,
      summary.displayName,
      summary.modelName,
      summary.namespace,
      summary.owner ?? '',
    ]
      .join('\u0000')
      .toLowerCase();
    searchText.set(summary, text);
  }
  return text;
}

/**
 * The predicate of the filters; with `facets`, only the filters every facet applies (`q`, `ready`, `reachable`).
 */
function matcher(
  filters: ModelFilters,
): (summary: ModelSummary, only: 'facets' | undefined) => boolean {
  return (summary, only) => {
    if (filters.q !== undefined && !searchOf(summary).includes(filters.q))
      return false;
    if (filters.ready !== undefined && String(summary.ready) !== filters.ready)
      return false;
    if (
      filters.reachable !== undefined &&
      (summary.reachability?.verdict ?? 'unknown') !== filters.reachable
    )
      return false;
    if (only === 'facets') return true;
    return (
      (filters.tenant === undefined || summary.namespace === filters.tenant) &&
      (filters.cluster === undefined || summary.cluster === filters.cluster) &&
      (filters.routing === undefined ||
        (summary.routingPreset ?? 'unknown') === filters.routing)
    );
  };
}
