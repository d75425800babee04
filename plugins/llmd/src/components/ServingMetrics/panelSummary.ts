import type {
  MetricSeries,
  MetricsRange,
  ModelMetricId,
} from '@llmd/plugin-llmd-common';
import { formatMetricValue } from './formatMetricValue';
import type { MetricPanel } from './metricPanels';

/** One line in words: `TTFT p95 now 120 ms (80 ms to 200 ms)`, or `TTFT p95: no samples`. */
function lineSummary(
  label: string,
  series: MetricSeries | undefined,
  panel: MetricPanel,
): string {
  const values = (series?.points ?? []).map(([, v]) => v);
  if (!values.length && (series?.current ?? null) === null) {
    return `${label}: no samples`;
  }
  const now = `${label} now ${formatMetricValue(series?.current, panel.unit)}`;
  if (!values.length) return now;
  const min = formatMetricValue(Math.min(...values), panel.unit);
  const max = formatMetricValue(Math.max(...values), panel.unit);
  return `${now} (${min} to ${max})`;
}

/**
 * A chart in words, for screen readers and as the chart's accessible name: the panel, the range and per line the
 * current value with the lowest and highest of the range.
 */
export function panelSummary(
  panel: MetricPanel,
  metrics: Partial<Readonly<Record<ModelMetricId, MetricSeries>>>,
  range: MetricsRange,
): string {
  const lines = panel.lines.map(l =>
    lineSummary(l.label, metrics[l.id], panel),
  );
  return `${panel.title} over the last ${range}: ${lines.join('; ')}`;
}
