/*
 * Serving metrics from Prometheus, without I/O: the catalog of metric names (vLLM's current and legacy names,
 * the EPP's, and OpenShift AI's `kserve_` copies), the choice among them, the model selector, the PromQL of each
 * metric of the model card and the fleet page, and the shaping of Prometheus' answers.
 */

export {
  catalogSeriesMatcher,
  catalogSeriesNames,
  detectableSeriesName,
  KSERVE_METRIC_PREFIX,
  METRIC_CATALOG,
  metricAliases,
} from './metricCatalog';
export type {
  MetricAlias,
  MetricCatalogEntry,
  MetricFamily,
  MetricKey,
} from './metricCatalog';
export { chooseMetricNames } from './chooseMetricNames';
export type { ChosenMetricNames } from './chooseMetricNames';
export {
  FLEET_WINDOW_SECONDS,
  metricsRangePlan,
  promDuration,
} from './metricsRangePlan';
export type { MetricsRangePlan } from './metricsRangePlan';
export {
  detectModelSelector,
  MODEL_NAME_LABELS,
  modelMatchers,
  modelSelectorProbes,
  notPrefillMatchers,
  ROLE_LABELS,
} from './modelSeriesSelector';
export type { ModelSelectorKind } from './modelSeriesSelector';
export { promString, seriesSelector } from './promSelector';
export { buildModelMetricQueries } from './buildModelMetricQueries';
export type { ModelMetricQueryInput } from './buildModelMetricQueries';
export {
  buildFleetMetricQueries,
  FLEET_GROUPING,
} from './buildFleetMetricQueries';
export type { FleetMetricId } from './buildFleetMetricQueries';
export {
  EMPTY_METRIC_SERIES,
  fleetModelKey,
  fleetValuesByModel,
  metricSeriesFromMatrix,
  modelMetricsState,
} from './prometheusResults';
export type {
  PrometheusInstantSample,
  PrometheusRangeSeries,
  PrometheusSample,
} from './prometheusResults';
