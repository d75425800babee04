import type { MetricSeries, MetricsState } from '../api/modelMetrics';
import { FLEET_GROUPING } from './buildFleetMetricQueries';

/**
 * A sample as Prometheus' HTTP API writes it: `[unixSeconds, "value"]`.
 *
 * @public
 */
export type PrometheusSample = readonly [number, string];

/**
 * One series of a range query (`resultType: matrix`).
 *
 * @public
 */
export interface PrometheusRangeSeries {
  readonly metric: Readonly<Record<string, string>>;
  readonly values: readonly PrometheusSample[];
}

/**
 * One element of an instant query (`resultType: vector`).
 *
 * @public
 */
export interface PrometheusInstantSample {
  readonly metric: Readonly<Record<string, string>>;
  readonly value: PrometheusSample;
}

/** `NaN`, `+Inf` (an empty quantile, 0/0) are no value: a gap in the chart. */
function finite(value: string): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The series of one metric from a range query ending at `endSeconds`: its points (gaps where Prometheus had no
 * finite value) and `current`, the value at `endSeconds` (null when there is none). Our queries aggregate to one
 * series; should several come back, the first is taken.
 *
 * @public
 */
export function metricSeriesFromMatrix(
  result: readonly PrometheusRangeSeries[],
  endSeconds: number,
): MetricSeries {
  const points: (readonly [number, number])[] = [];
  for (const [t, v] of result[0]?.values ?? []) {
    const value = finite(v);
    if (value !== undefined) points.push([t, value]);
  }
  const last = points[points.length - 1];
  return {
    current: last && last[0] === endSeconds ? last[1] : null,
    points,
  };
}

/**
 * The series with no data.
 *
 * @public
 */
export const EMPTY_METRIC_SERIES: MetricSeries = { current: null, points: [] };

/**
 * `namespace/name` of a model in results grouped by {@link FLEET_GROUPING}.
 *
 * @public
 */
export function fleetModelKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/**
 * The values of an instant query grouped by {@link FLEET_GROUPING}, by `namespace/name` (OpenShift AI's
 * `llm_isvc_name` first, else the pod label); a non-finite value is null. Elements naming no model are skipped.
 *
 * @public
 */
export function fleetValuesByModel(
  result: readonly PrometheusInstantSample[],
): Map<string, number | null> {
  const [namespaceLabel, isvcLabel, podLabel] = FLEET_GROUPING;
  const values = new Map<string, number | null>();
  for (const { metric, value } of result) {
    const name = metric[isvcLabel] || metric[podLabel];
    const namespace = metric[namespaceLabel];
    if (!name || !namespace) continue;
    const key = fleetModelKey(namespace, name);
    if (!values.has(key)) values.set(key, finite(value[1]) ?? null);
  }
  return values;
}

/**
 * The state of a model's numbers: `no-data` without any series of it, `no-traffic` when it served no request in
 * the range (no positive request rate), else `ok`.
 *
 * @public
 */
export function modelMetricsState(
  hasSeries: boolean,
  requestsPerSecond: MetricSeries | undefined,
): MetricsState {
  if (!hasSeries) return 'no-data';
  const served = (requestsPerSecond?.points ?? []).some(([, v]) => v > 0);
  return served ? 'ok' : 'no-traffic';
}
