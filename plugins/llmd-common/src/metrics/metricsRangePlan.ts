import type { MetricsRange } from '../api/modelMetrics';

/**
 * How a range is queried: its length, the step of the range query and the window of `rate()` and the histogram
 * quantiles.
 *
 * @public
 */
export interface MetricsRangePlan {
  readonly rangeSeconds: number;
  readonly stepSeconds: number;
  /** At least four 15 s scrapes, and a step or more so no sample falls between two points. */
  readonly windowSeconds: number;
}

const PLANS: Readonly<Record<MetricsRange, MetricsRangePlan>> = {
  '15m': { rangeSeconds: 900, stepSeconds: 15, windowSeconds: 60 },
  '1h': { rangeSeconds: 3600, stepSeconds: 60, windowSeconds: 120 },
  '6h': { rangeSeconds: 21_600, stepSeconds: 300, windowSeconds: 300 },
  '24h': { rangeSeconds: 86_400, stepSeconds: 1200, windowSeconds: 1200 },
};

/**
 * Window of the fleet page's current values ("over the last 5 minutes").
 *
 * @public
 */
export const FLEET_WINDOW_SECONDS = 300;

/**
 * Step and rate window of a range: 15m → 15 s (1m window), 1h → 60 s (2m), 6h → 5 min (5m), 24h → 20 min (20m).
 * About 60–72 points per chart.
 *
 * @public
 */
export function metricsRangePlan(range: MetricsRange): MetricsRangePlan {
  return PLANS[range];
}

/**
 * A duration in PromQL notation: `90s` → `"90s"`, 120 → `"2m"`, 3600 → `"1h"`.
 *
 * @public
 */
export function promDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
