import type { MetricSeries, ModelMetricId } from '@llmd/plugin-llmd-common';

/** One x position of a chart: the time in unix seconds and the value of each metric that has a sample there. */
export type ChartRow = { readonly t: number } & Partial<
  Record<ModelMetricId, number>
>;

/**
 * The points of several series merged into rows by timestamp, ascending, the shape a chart library draws several
 * lines from. A series without a sample at a time leaves its key out of that row (a gap, not a zero).
 */
export function chartRows(
  ids: readonly ModelMetricId[],
  metrics: Partial<Readonly<Record<ModelMetricId, MetricSeries>>>,
): ChartRow[] {
  const rows = new Map<number, Record<string, number>>();
  for (const id of ids) {
    for (const [t, value] of metrics[id]?.points ?? []) {
      const row = rows.get(t) ?? { t };
      row[id] = value;
      rows.set(t, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.t - b.t) as ChartRow[];
}
