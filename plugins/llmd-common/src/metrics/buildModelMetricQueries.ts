import type { ModelMetricId } from '../api/modelMetrics';
import type { MetricKey } from './metricCatalog';
import { promDuration } from './metricsRangePlan';
import { notPrefillMatchers } from './modelSeriesSelector';
import { seriesSelector } from './promSelector';

/**
 * What the PromQL of one model is built from.
 *
 * @public
 */
export interface ModelMetricQueryInput {
  /** Metric key → name chosen by `chooseMetricNames`. */
  readonly names: Partial<Readonly<Record<MetricKey, string>>>;
  /** Label matchers of the model's series, without braces (`modelMatchers`). */
  readonly matchers: string;
  /** Window of `rate()`, in seconds. */
  readonly windowSeconds: number;
  /** The model runs a prefill pool: adds `pdDisaggregatedRate`. */
  readonly prefillDecode: boolean;
}

/**
 * The PromQL of every metric of a model Prometheus has the inputs of, as the OpenShift AI dashboards write them
 * (docs/metrics.md): quantiles over `sum by (le)` of the buckets' rates, rates summed, KV-cache averaged, queues
 * summed. Latency, request and token rates and errors count the pods that answer clients (not the prefill pool of a
 * P/D model); gauges and the prefix cache count every pod. Ids whose metric Prometheus lacks are left out.
 *
 * @public
 */
export function buildModelMetricQueries(
  input: ModelMetricQueryInput,
): Partial<Record<ModelMetricId, string>> {
  const { names, matchers } = input;
  const w = promDuration(input.windowSeconds);
  const answering = [matchers, notPrefillMatchers()];
  const quantile = (q: number, key: 'ttft' | 'itl' | 'e2e') =>
    names[key] &&
    `histogram_quantile(${q}, sum by (le) (rate(${seriesSelector(
      `${names[key]}_bucket`,
      ...answering,
    )}[${w}])))`;
  const rate = (key: MetricKey, ...extra: string[]) =>
    `sum(rate(${seriesSelector(names[key]!, ...extra)}[${w}]))`;
  const queries: Partial<Record<ModelMetricId, string | undefined>> = {
    ttftP50Seconds: quantile(0.5, 'ttft'),
    ttftP95Seconds: quantile(0.95, 'ttft'),
    itlP50Seconds: quantile(0.5, 'itl'),
    itlP95Seconds: quantile(0.95, 'itl'),
    e2eP95Seconds: quantile(0.95, 'e2e'),
    requestsPerSecond:
      names.requestSuccess && rate('requestSuccess', ...answering),
    promptTokensPerSecond:
      names.promptTokens && rate('promptTokens', ...answering),
    generationTokensPerSecond:
      names.generationTokens && rate('generationTokens', ...answering),
    kvCacheUsage:
      names.kvCacheUsage &&
      `avg(${seriesSelector(names.kvCacheUsage, matchers)})`,
    requestsWaiting:
      names.requestsWaiting &&
      `sum(${seriesSelector(names.requestsWaiting, matchers)})`,
    requestsRunning:
      names.requestsRunning &&
      `sum(${seriesSelector(names.requestsRunning, matchers)})`,
    ...ratioQueries(input, rate, answering),
  };
  return Object.fromEntries(
    Object.entries(queries).filter(([, q]) => typeof q === 'string'),
  ) as Partial<Record<ModelMetricId, string>>;
}

/** The ratios: prefix-cache hits, errors and P/D splits. */
function ratioQueries(
  input: ModelMetricQueryInput,
  rate: (key: MetricKey, ...extra: string[]) => string,
  answering: readonly string[],
): Partial<Record<ModelMetricId, string | undefined>> {
  const { names, matchers } = input;
  return {
    prefixCacheHitRate:
      names.prefixCacheHits &&
      names.prefixCacheQueries &&
      `${rate('prefixCacheHits', matchers)} / (${rate(
        'prefixCacheQueries',
        matchers,
      )} > 0)`,
    // vLLM counts no error before the first one: absent errors are 0 while the model has traffic
    errorRate:
      names.httpRequests &&
      `(${rate(
        'httpRequests',
        ...answering,
        'status!="2xx"',
      )} or vector(0)) / (${rate('httpRequests', ...answering)} > 0)`,
    pdDisaggregatedRate:
      input.prefillDecode && names.disaggDecisions
        ? `(${rate(
            'disaggDecisions',
            matchers,
            'decision_type=~"prefill-decode|encode-prefill-decode"',
          )} or vector(0)) / (${rate('disaggDecisions', matchers)} > 0)`
        : undefined,
  };
}
