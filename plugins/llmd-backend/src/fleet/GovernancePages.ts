import {
  type GovernanceObjectFindings,
  type GovernanceQuery,
  type GovernanceResponse,
} from '@llmd/plugin-llmd-common';
import type { FleetGovernance } from '../governance/FleetGovernance';
import type { FleetEntry } from './fleetEntry';
import type { FleetView } from './FleetView';
import { decodePageCursor, encodePageCursor } from './pageCursor';
import { firstAfter, SortedEntries } from './SortedEntries';

/** The only order of `GET /governance`, named in its cursors. */
const ORDER = 'cluster,namespace,kind,name';

/** Filtered lists kept up to date; past this many, the least recently made is dropped. */
const MAX_MEMO = 64;

type Item = GovernanceObjectFindings;

interface FilteredList {
  readonly matches: (item: Item) => boolean;
  readonly list: SortedEntries<Item>;
}

interface Totals {
  deny: number;
  warn: number;
  objects: number;
}

/**
 * Pages of `GET /governance` over a {@link FleetView}: the objects with findings kept in cluster (configuration
 * order), namespace, kind and name order, the matching items of each filters and the totals, all kept up to date as
 * entries change.
 */
export class GovernancePages {
  private sorted?: SortedEntries<Item>;
  private readonly filtered = new Map<string, FilteredList>();
  private totals?: Totals;
  private ranks?: ReadonlyMap<string, number>;

  constructor(
    private readonly view: FleetView,
    private readonly governance: FleetGovernance | undefined,
    /** Configured cluster names in configuration order. */
    private readonly clusterNames: () => readonly string[],
  ) {
    view.onChange(({ removed, added }) => {
      const old = itemsOf(removed);
      const next = itemsOf(added);
      this.sorted?.apply(old, next);
      for (const { matches, list } of this.filtered.values()) {
        list.apply(old.filter(matches), next.filter(matches));
      }
      if (this.totals) {
        for (const item of old) count(this.totals, item, -1);
        for (const item of next) count(this.totals, item, 1);
      }
    });
  }

  /** One page of the objects with findings matching the query (the view must be flushed). */
  page(query: GovernanceQuery): GovernanceResponse {
    const rules = this.governance?.enabledRules() ?? [];
    if (!this.governance?.configured) {
      return {
        configured: false,
        rules,
        counts: { deny: 0, warn: 0, objects: 0 },
        items: [],
        totalCount: 0,
      };
    }
    // the configured clusters do not change while the backend runs
    this.ranks ??= clusterRanks(this.clusterNames());
    const rank = this.ranks;
    const sorted = this.sortedOf(rank);
    const list = this.listOf(sorted, rank, query);
    const after = query.cursor
      ? decodePageCursor(query.cursor, ORDER, 4).key
      : undefined;
    const start = after
      ? firstAfter(list, item => compareKeys(keyOf(item, rank), after))
      : 0;
    const items = list.slice(start, start + query.limit);
    const last = items[items.length - 1];
    return {
      configured: true,
      rules,
      counts: { ...this.totalsOf(sorted.all) },
      items,
      ...(start + query.limit < list.length &&
        last && {
          nextCursor: encodePageCursor({ sort: ORDER, key: keyOf(last, rank) }),
        }),
      totalCount: list.length,
    };
  }

  private sortedOf(rank: ReadonlyMap<string, number>): SortedEntries<Item> {
    if (!this.sorted) {
      this.sorted = new SortedEntries(
        itemsOf([...this.view.all()]),
        comparator(rank),
      );
    }
    return this.sorted;
  }

  private listOf(
    sorted: SortedEntries<Item>,
    rank: ReadonlyMap<string, number>,
    query: GovernanceQuery,
  ): readonly Item[] {
    const { cluster, tenant, severity, rule } = query;
    const q = query.q?.toLowerCase();
    if (!cluster && !tenant && !severity && !rule && !q) return sorted.all;
    const key = JSON.stringify([cluster, tenant, severity, rule, q]);
    let filtered = this.filtered.get(key);
    if (filtered) {
      // most recently used last, so the oldest goes first
      this.filtered.delete(key);
    } else {
      const matches = (item: Item) =>
        (cluster === undefined || item.cluster === cluster) &&
        (tenant === undefined || item.namespace === tenant) &&
        (severity === undefined ||
          item.findings.some(f => f.severity === severity)) &&
        (rule === undefined || item.findings.some(f => f.rule === rule)) &&
        (!q || searchOf(item).includes(q));
      filtered = {
        matches,
        list: new SortedEntries(sorted.all.filter(matches), comparator(rank)),
      };
    }
    this.filtered.set(key, filtered);
    if (this.filtered.size > MAX_MEMO) {
      const oldest = this.filtered.keys().next().value;
      if (oldest !== undefined) this.filtered.delete(oldest);
    }
    return filtered.list.all;
  }

  private totalsOf(all: readonly Item[]): Totals {
    if (!this.totals) {
      const totals = { deny: 0, warn: 0, objects: 0 };
      for (const item of all) count(totals, item, 1);
      this.totals = totals;
    }
    return this.totals;
  }
}

function count(totals: Totals, item: Item, sign: 1 | -1): void {
  totals.objects += sign;
  for (const finding of item.findings) {
    if (finding.severity === 'deny') totals.deny += sign;
    else totals.warn += sign;
  }
}

function comparator(
  rank: ReadonlyMap<string, number>,
): (a: Item, b: Item) => number {
  return (a, b) => compareKeys(keyOf(a, rank), keyOf(b, rank));
}

function itemsOf(entries: readonly FleetEntry[]): Item[] {
  return entries.flatMap(entry => entry.governance ?? []);
}

function clusterRanks(names: readonly string[]): ReadonlyMap<string, number> {
  return new Map(names.map((name, index) => [name, index]));
}

/** The sort key of an item; a cluster no longer configured sorts last. */
function keyOf(
  item: Item,
  rank: ReadonlyMap<string, number>,
): (string | number)[] {
  return [
    rank.get(item.cluster) ?? Number.MAX_SAFE_INTEGER,
    item.namespace ?? '',
    item.kind,
    item.name,
  ];
}

function compareKeys(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

const searchText = new WeakMap<Item, string>();

/** Lower-cased name, namespace and finding messages, for `q`. */
function searchOf(item: Item): string {
  let text = searchText.get(item);
  if (text === undefined) {
    text = [
      item.name,
      item.namespace ?? '',
      ...item.findings.map(f => f.message),
    ]
      .join('\u0000')
      .toLowerCase();
    searchText.set(item, text);
  }
  return text;
}
