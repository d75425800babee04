import type { FleetModelMetrics } from '../api/modelMetrics';
import type { MetricKey } from './metricCatalog';
import { FLEET_WINDOW_SECONDS, promDuration } from './metricsRangePlan';
import { MODEL_NAME_LABELS, notPrefillMatchers } from './modelSeriesSelector';
import { seriesSelector } from './promSelector';

/**
 * The numbers of the fleet page's columns.
 *
 * @public
 */
export type FleetMetricId = keyof Pick<
  FleetModelMetrics,
  'ttftP95Seconds' | 'requestsPerSecond' | 'kvCacheUsage'
>;

/**
 * Grouping of the fleet queries: one result per model under either labelling, without a regex over model names.
 *
 * @public
 */
export const FLEET_GROUPING = [
  'namespace',
  MODEL_NAME_LABELS.llm_isvc_name,
  MODEL_NAME_LABELS['pod-labels'],
] as const;

/**
 * One instant query per fleet column covering every model Prometheus sees (on a tenancy port: every model of the
 * namespace the query is for), grouped `by (namespace, llm_isvc_name, app_kubernetes_io_name)` over the last 5
 * minutes. Columns whose metric Prometheus lacks are left out.
 *
 * @public
 */
export function buildFleetMetricQueries(
  names: Partial<Readonly<Record<MetricKey, string>>>,
): Partial<Record<FleetMetricId, string>> {
  const by = FLEET_GROUPING.join(', ');
  const w = promDuration(FLEET_WINDOW_SECONDS);
  const answering = notPrefillMatchers();
  const queries: Partial<Record<FleetMetricId, string>> = {};
  if (names.ttft) {
    queries.ttftP95Seconds = `histogram_quantile(0.95, sum by (le, ${by}) (rate(${seriesSelector(
      `${names.ttft}_bucket`,
      answering,
    )}[${w}])))`;
  }
  if (names.requestSuccess) {
    queries.requestsPerSecond = `sum by (${by}) (rate(${seriesSelector(
      names.requestSuccess,
      answering,
    )}[${w}]))`;
  }
  if (names.kvCacheUsage) {
    queries.kvCacheUsage = `avg by (${by}) (${names.kvCacheUsage})`;
  }
  return queries;
}
