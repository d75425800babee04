import type {
  ListModelsQuery,
  ListModelsResponse,
  ModelSummary,
} from '@llmd/plugin-llmd-common';
import type { FleetEntry } from './fleetEntry';
import type { FleetView } from './FleetView';
import { FacetCounts, filtersOf, modelMatcher } from './modelFilters';
import { compareToKey, modelComparator, modelSortKey } from './modelSortKey';
import { decodePageCursor, encodePageCursor } from './pageCursor';
import { firstAfter, SortedEntries } from './SortedEntries';

/** Filtered lists and facet counts kept up to date; past this many, the least recently made is dropped. */
const MAX_MEMO = 64;

interface FilteredList {
  readonly matches: (summary: ModelSummary) => boolean;
  readonly list: SortedEntries<ModelSummary>;
}

/**
 * Pages of `GET /models` over a {@link FleetView}. Each sort order asked for, each (filters, sort) and the facets
 * of each filters are computed once, then kept up to date as entries change (a binary search and a splice per
 * changed model), so a page costs a binary search and a slice however large the fleet and however often it changes.
 */
export class ModelPages {
  private readonly sorted = new Map<string, SortedEntries<ModelSummary>>();
  private readonly filtered = new Map<string, FilteredList>();
  private readonly facets = new Map<string, FacetCounts>();

  constructor(private readonly view: FleetView) {
    view.onChange(({ removed, added }) => {
      const old = summariesOf(removed);
      const next = summariesOf(added);
      for (const list of this.sorted.values()) list.apply(old, next);
      for (const { matches, list } of this.filtered.values()) {
        list.apply(old.filter(matches), next.filter(matches));
      }
      for (const counts of this.facets.values()) {
        for (const summary of old) counts.add(summary, -1);
        for (const summary of next) counts.add(summary, 1);
      }
    });
  }

  /** One page of the models matching the query (the view must be current). */
  page(query: ListModelsQuery): ListModelsResponse {
    const list = this.listOf(query);
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
      facets: this.facetsOf(query).facets,
    };
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

  private listOf(query: ListModelsQuery): readonly ModelSummary[] {
    const all = this.sortedOf(query.sort);
    const filters = filtersOf(query);
    if (Object.keys(filters).length === 0) return all.all;
    const key = JSON.stringify([filters, query.sort]);
    let filtered = this.filtered.get(key);
    if (filtered) {
      // most recently used last, so the oldest goes first
      this.filtered.delete(key);
    } else {
      const matches = modelMatcher(filters);
      filtered = {
        matches,
        list: new SortedEntries(
          all.all.filter(matches),
          modelComparator(query.sort),
        ),
      };
    }
    this.filtered.set(key, filtered);
    evictOldest(this.filtered);
    return filtered.list.all;
  }

  private facetsOf(query: ListModelsQuery): FacetCounts {
    const filters = filtersOf(query);
    const key = JSON.stringify(filters);
    let counts = this.facets.get(key);
    if (counts) {
      this.facets.delete(key);
    } else {
      counts = new FacetCounts(filters);
      for (const summary of this.sortedOf(query.sort).all) {
        counts.add(summary, 1);
      }
    }
    this.facets.set(key, counts);
    evictOldest(this.facets);
    return counts;
  }
}

function summariesOf(entries: readonly FleetEntry[]): ModelSummary[] {
  return entries.flatMap(entry => entry.summary ?? []);
}

function evictOldest(memo: Map<string, unknown>): void {
  if (memo.size <= MAX_MEMO) return;
  const oldest = memo.keys().next().value;
  if (oldest !== undefined) memo.delete(oldest);
}
