import type {
  ListModelsQuery,
  ModelFacets,
  ModelSummary,
} from '@llmd/plugin-llmd-common';

/** The filters of `GET /models` (the query without paging and sort), `q` lower-cased. */
export type ModelFilters = Pick<
  ListModelsQuery,
  'q' | 'tenant' | 'cluster' | 'ready' | 'routing' | 'reachable'
>;

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

/** The routing facet's value: the preset, or `unknown` when the EPP config could not be read. */
function routingOf(summary: ModelSummary): string {
  return summary.routingPreset ?? 'unknown';
}

/** Lower-cased text `q` searches, memoised per summary object (summaries are replaced, never changed). */
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

/** Whether a model passes the filters every facet applies: `q`, `ready`, `reachable`. */
function matchesShared(filters: ModelFilters, summary: ModelSummary): boolean {
  return (
    (filters.q === undefined || searchOf(summary).includes(filters.q)) &&
    (filters.ready === undefined || String(summary.ready) === filters.ready) &&
    (filters.reachable === undefined ||
      (summary.reachability?.verdict ?? 'unknown') === filters.reachable)
  );
}

/** The predicate of all the filters. */
export function modelMatcher(
  filters: ModelFilters,
): (summary: ModelSummary) => boolean {
  return summary =>
    matchesShared(filters, summary) &&
    (filters.tenant === undefined || summary.namespace === filters.tenant) &&
    (filters.cluster === undefined || summary.cluster === filters.cluster) &&
    (filters.routing === undefined || routingOf(summary) === filters.routing);
}

/**
 * The facet counts of some filters, kept as models come and go: each facet counts the models matching every filter
 * but its own, so a chip shows how many models selecting it would give.
 */
export class FacetCounts {
  readonly counts: {
    tenant: Record<string, number>;
    cluster: Record<string, number>;
    routing: Record<string, number>;
  } = { tenant: {}, cluster: {}, routing: {} };

  constructor(private readonly filters: ModelFilters) {}

  /** Counts a model in (`+1`) or out (`-1`). */
  add(summary: ModelSummary, sign: 1 | -1): void {
    const filters = this.filters;
    if (!matchesShared(filters, summary)) return;
    const preset = routingOf(summary);
    const tenant =
      filters.tenant === undefined || summary.namespace === filters.tenant;
    const cluster =
      filters.cluster === undefined || summary.cluster === filters.cluster;
    const routing = filters.routing === undefined || preset === filters.routing;
    if (cluster && routing) bump(this.counts.tenant, summary.namespace, sign);
    if (tenant && routing) bump(this.counts.cluster, summary.cluster, sign);
    if (tenant && cluster) bump(this.counts.routing, preset, sign);
  }

  /** The counts as the response carries them. */
  get facets(): ModelFacets {
    return this.counts;
  }
}

function bump(counts: Record<string, number>, key: string, sign: 1 | -1) {
  const next = (counts[key] ?? 0) + sign;
  if (next > 0) counts[key] = next;
  else delete counts[key];
}
