import {
  MODEL_METRIC_IDS,
  type MetricSeries,
  type ModelMetricId,
  type ModelMetricsResponse,
} from '@llmd/plugin-llmd-common';

/** Unix seconds the fixtures end at. */
const METRICS_NOW = 1_767_000_000;

/** The current value of each metric in {@link metricsResponse} (latencies in seconds, ratios 0–1). */
const CURRENT_VALUES: Readonly<Record<ModelMetricId, number>> = {
  ttftP50Seconds: 0.085,
  ttftP95Seconds: 0.24,
  itlP50Seconds: 0.012,
  itlP95Seconds: 0.031,
  e2eP95Seconds: 1.8,
  requestsPerSecond: 3.5,
  promptTokensPerSecond: 420,
  generationTokensPerSecond: 118.4,
  kvCacheUsage: 0.425,
  requestsWaiting: 2,
  requestsRunning: 7,
  prefixCacheHitRate: 0.63,
  errorRate: 0.01,
  pdDisaggregatedRate: 0.3,
};

/** Ten points a minute apart ending at the current value. */
function series(current: number): MetricSeries {
  const points = Array.from(
    { length: 10 },
    (_, i) =>
      [
        METRICS_NOW - (9 - i) * 60,
        i === 9 ? current : current * (0.5 + i / 18),
      ] as const,
  );
  return { current, points };
}

/**
 * A metrics response of granite-8b on cluster demo with every metric filled ({@link CURRENT_VALUES}); `pd` adds the
 * P/D disaggregation rate.
 */
export function metricsResponse(
  overrides: Partial<ModelMetricsResponse> = {},
  options: { pd?: boolean } = {},
): ModelMetricsResponse {
  const metrics: Partial<Record<ModelMetricId, MetricSeries>> = {};
  for (const id of MODEL_METRIC_IDS) {
    if (id !== 'pdDisaggregatedRate' || options.pd) {
      metrics[id] = series(CURRENT_VALUES[id]);
    }
  }
  return {
    cluster: 'demo',
    namespace: 'team-a',
    name: 'granite-8b',
    state: 'ok',
    source: {
      type: 'prometheus',
      url: 'http://127.0.0.1:9090',
      namespaceTenancy: false,
      names: { vllm: 'vllm:* (current)', epp: 'llm_d_epp_*' },
      selector: 'llm_isvc_name',
    },
    range: '1h',
    stepSeconds: 60,
    metrics,
    warnings: [],
    evaluatedAt: METRICS_NOW,
    ...overrides,
  };
}

/** A response without numbers: every metric empty, in the given state. */
export function emptyMetricsResponse(
  state: ModelMetricsResponse['state'],
): ModelMetricsResponse {
  const metrics: Partial<Record<ModelMetricId, MetricSeries>> = {};
  for (const id of MODEL_METRIC_IDS) {
    if (id !== 'pdDisaggregatedRate')
      metrics[id] = { current: null, points: [] };
  }
  return metricsResponse({
    state,
    metrics,
    ...(state === 'not-configured' ? { source: undefined } : {}),
  });
}
