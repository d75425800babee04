import type { ModelSummary } from '@llmd/plugin-llmd-common';

/** A sort key of `GET /models`: the primary value, then namespace, name and cluster (the tie-break). */
export type ModelSortKey = readonly [string | number, string, string, string];

/** Verdicts from best to worst, so `reachable` sorts healthy models first. */
const VERDICT_RANK: Readonly<Record<string, number>> = {
  reachable: 0,
  degraded: 1,
  unknown: 2,
  unreachable: 3,
};

/** The value a model sorts by for a sort field (`name`, `gpus`, … without the `-`). */
function primarySortValue(
  summary: ModelSummary,
  field: string,
): string | number {
  switch (field) {
    case 'tenant':
      return summary.namespace;
    case 'cluster':
      return summary.cluster;
    case 'ready':
      return summary.ready ? 1 : 0;
    case 'routing':
      return summary.routingPreset ?? 'unknown';
    case 'reachable':
      return VERDICT_RANK[summary.reachability?.verdict ?? 'unknown'];
    case 'findings':
      // denials weigh more than any number of warnings
      return (
        (summary.findings?.deny ?? 0) * 1_000_000 +
        (summary.findings?.warn ?? 0)
      );
    case 'gpus':
      return summary.gpus ?? -1;
    default:
      return summary.name;
  }
}

/** The full sort key of a model. */
export function modelSortKey(
  summary: ModelSummary,
  field: string,
): ModelSortKey {
  return [
    primarySortValue(summary, field),
    summary.namespace,
    summary.name,
    summary.cluster,
  ];
}

function order(a: string | number, b: string | number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Compares a model with a sort key; `descending` reverses the primary value only (ties stay ascending). */
export function compareToKey(
  summary: ModelSummary,
  field: string,
  descending: boolean,
  key: readonly (string | number)[],
): number {
  const primary = order(primarySortValue(summary, field), key[0]);
  if (primary !== 0) return descending ? -primary : primary;
  return (
    order(summary.namespace, key[1]) ||
    order(summary.name, key[2]) ||
    order(summary.cluster, key[3])
  );
}

/** The comparator of a sort (`name`, `-gpus`, …): a total order over the models of a fleet. */
export function modelComparator(
  sort: string,
): (a: ModelSummary, b: ModelSummary) => number {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  return (a, b) => {
    const primary = order(
      primarySortValue(a, field),
      primarySortValue(b, field),
    );
    if (primary !== 0) return descending ? -primary : primary;
    return (
      order(a.namespace, b.namespace) ||
      order(a.name, b.name) ||
      order(a.cluster, b.cluster)
    );
  };
}
