import type { FleetModelMetrics, MetricsState } from '@llmd/plugin-llmd-common';
import type { FleetMetricColumn } from './fleetRows';

/** What a metrics cell shows: the number in words, or a dash and why. */
export interface FleetMetricText {
  /** `"120 ms"`, `"3.4"`, `"42 %"`, or `"—"`. */
  readonly text: string;
  /** Why there is no number (the dash's tooltip and accessible name); undefined when there is one. */
  readonly reason?: string;
}

const FORMAT: Record<FleetMetricColumn, (value: number) => string> = {
  ttftP95Seconds: seconds =>
    seconds < 1
      ? `${Math.round(seconds * 1000)} ms`
      : `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`,
  requestsPerSecond: rate =>
    rate >= 100 ? String(Math.round(rate)) : rate.toFixed(rate >= 10 ? 1 : 2),
  kvCacheUsage: ratio => `${Math.round(ratio * 100)} %`,
};

function reasonOf(state: MetricsState, cluster: string): string {
  switch (state) {
    case 'not-configured':
      return `Metrics are not configured for cluster ${cluster} (llmd.clusters[].metrics).`;
    case 'unavailable':
      return `The Prometheus of cluster ${cluster} did not answer.`;
    case 'no-data':
      return 'Prometheus has no series of this model yet (not scraped yet, or no monitor).';
    case 'no-traffic':
      return 'No requests in the last 5 minutes.';
    default:
      return 'No sample in the last 5 minutes.';
  }
}

/**
 * The text of one metrics cell of the fleet table. A number is shown whenever the backend has one (a model without
 * traffic still has a KV cache); otherwise a dash with the reason in words.
 */
export function fleetMetricText(
  column: FleetMetricColumn,
  metrics: FleetModelMetrics | undefined,
  status: { readonly loading: boolean; readonly failed: boolean },
): FleetMetricText {
  const value = metrics?.[column];
  if (typeof value === 'number') return { text: FORMAT[column](value) };
  let reason: string;
  if (metrics) reason = reasonOf(metrics.state, metrics.cluster);
  else if (status.loading) reason = 'Loading the metrics…';
  else if (status.failed) reason = 'The metrics could not be loaded.';
  else reason = 'No metrics for this model.';
  return { text: '—', reason };
}
