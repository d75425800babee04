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

/** Memoised filter results per view version; more distinct queries than this in one version start over. */
const MAX_MEMO = 256;

type Item = GovernanceObjectFindings;

/**
 * Pages of `GET /governance` over a {@link FleetView}: the objects with findings kept in cluster (configuration
 * order), namespace, kind and name order as entries change; the matching items per filters and the totals are
 * computed once per view version.
 */
export class GovernancePages {
  private sorted?: SortedEntries<Item>;
  private readonly matching = new Map<string, readonly Item[]>();
  private totals?: GovernanceResponse['counts'];
  private memoVersion = -1;

  constructor(
    private readonly view: FleetView,
    private readonly governance: FleetGovernance | undefined,
    /** Configured cluster names in configuration order. */
    private readonly clusterNames: () => readonly string[],
  ) {
    view.onChange(({ removed, added }) => {
      this.sorted?.apply(itemsOf(removed), itemsOf(added));
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
    if (this.memoVersion !== this.view.version) {
      this.memoVersion = this.view.version;
      this.matching.clear();
      this.totals = undefined;
    }
    const rank = clusterRanks(this.clusterNames());
    const sorted = this.sortedOf(rank);
    const list = this.matchingOf(sorted.all, query);
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
      counts: this.totalsOf(sorted.all),
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
      this.sorted = new SortedEntries(itemsOf([...this.view.all()]), (a, b) =>
        compareKeys(keyOf(a, rank), keyOf(b, rank)),
      );
    }
    return this.sorted;
  }

  private matchingOf(
    all: readonly Item[],
    query: GovernanceQuery,
  ): readonly Item[] {
    const { cluster, tenant, severity, rule } = query;
    const q = query.q?.toLowerCase();
    if (!cluster && !tenant && !severity && !rule && !q) return all;
    const key = JSON.stringify([cluster, tenant, severity, rule, q]);
    let list = this.matching.get(key);
    if (!list) {
      list = all.filter(
        item =>
          (cluster === undefined || item.cluster === cluster) &&
          (tenant === undefined || item.namespace === tenant) &&
          (severity === undefined ||
            item.findings.some(f => f.severity === severity)) &&
          (rule === undefined || item.findings.some(f => f.rule === rule)) &&
          (!q || searchOf(item).includes(q)),
      );
      if (this.matching.size >= MAX_MEMO) this.matching.clear();
      this.matching.set(key, list);
    }
    return list;
  }

  private totalsOf(all: readonly Item[]): GovernanceResponse['counts'] {
    if (!this.totals) {
      let deny = 0;
      let findings = 0;
      for (const item of all) {
        findings += item.findings.length;
        for (const f of item.findings) if (f.severity === 'deny') deny++;
      }
      this.totals = { deny, warn: findings - deny, objects: all.length };
    }
    return this.totals;
  }
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
