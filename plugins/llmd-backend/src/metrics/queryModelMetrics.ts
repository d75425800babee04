import {
  buildModelMetricQueries,
  type ChosenMetricNames,
  EMPTY_METRIC_SERIES,
  METRIC_CATALOG,
  type MetricKey,
  type MetricSeries,
  type MetricsRange,
  metricSeriesFromMatrix,
  metricsRangePlan,
  MODEL_METRIC_IDS,
  type ModelMetricId,
  type ModelMetricsResponse,
  modelMatchers,
  modelMetricsState,
  type ModelSelectorKind,
} from '@llmd/plugin-llmd-common';
import type { ClusterMetricsSource } from './ClusterMetricsSource';

/** The model whose numbers are asked for. */
export interface MetricsModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  /** It runs a prefill pool: its P/D disaggregation rate is asked for too. */
  readonly prefillDecode: boolean;
}

/** The metric each id is computed from (for "not in Prometheus" warnings). */
const METRIC_OF: Readonly<Record<ModelMetricId, MetricKey>> = {
  ttftP50Seconds: 'ttft',
  ttftP95Seconds: 'ttft',
  itlP50Seconds: 'itl',
  itlP95Seconds: 'itl',
  e2eP95Seconds: 'e2e',
  requestsPerSecond: 'requestSuccess',
  promptTokensPerSecond: 'promptTokens',
  generationTokensPerSecond: 'generationTokens',
  kvCacheUsage: 'kvCacheUsage',
  requestsWaiting: 'requestsWaiting',
  requestsRunning: 'requestsRunning',
  prefixCacheHitRate: 'prefixCacheHits',
  errorRate: 'httpRequests',
  pdDisaggregatedRate: 'disaggDecisions',
};

/**
 * The numbers of one model over `range` ending `endSeconds`: detect the names (cached), find how its series are
 * labelled (cached), then one range query per metric, within the cluster's concurrency bound.
 *
 * @throws PrometheusRequestError when a request fails
 */
export async function queryModelMetrics(
  source: ClusterMetricsSource,
  model: MetricsModel,
  range: MetricsRange,
  endSeconds: number,
): Promise<ModelMetricsResponse> {
  const plan = metricsRangePlan(range);
  const start = endSeconds - plan.rangeSeconds;
  const chosen = await source.metricNames(model.namespace, endSeconds);
  const probe =
    chosen.names.requestsRunning ??
    chosen.names.kvCacheUsage ??
    chosen.names.requestSuccess;
  const selector = probe
    ? await source.modelSelector(probe, model.namespace, model.name, {
        start,
        end: endSeconds,
      })
    : null;
  const base = {
    cluster: model.cluster,
    namespace: model.namespace,
    name: model.name,
    source: {
      type: 'prometheus' as const,
      url: source.config.url,
      namespaceTenancy: source.config.namespaceTenancy,
      names: chosen.generations,
      selector: selector ?? 'llm_isvc_name',
    },
    range,
    stepSeconds: plan.stepSeconds,
    evaluatedAt: endSeconds,
  };
  if (!selector) {
    return {
      ...base,
      state: 'no-data',
      metrics: emptyMetrics(model.prefillDecode),
      warnings: [...chosen.warnings, noDataWarning(model, probe)],
    };
  }
  const metrics = await rangeQueries(
    source,
    model,
    chosen,
    selector,
    range,
    endSeconds,
  );
  return {
    ...base,
    state: modelMetricsState(true, metrics.requestsPerSecond),
    metrics,
    warnings: [...chosen.warnings, ...missingWarnings(model, chosen)],
  };
}

async function rangeQueries(
  source: ClusterMetricsSource,
  model: MetricsModel,
  chosen: ChosenMetricNames,
  selector: ModelSelectorKind,
  range: MetricsRange,
  end: number,
): Promise<Partial<Record<ModelMetricId, MetricSeries>>> {
  const plan = metricsRangePlan(range);
  const queries = buildModelMetricQueries({
    names: chosen.names,
    matchers: modelMatchers(selector, model.namespace, model.name),
    windowSeconds: plan.windowSeconds,
    prefillDecode: model.prefillDecode,
  });
  const metrics = emptyMetrics(model.prefillDecode);
  const namespace = source.tenancyNamespace(model.namespace);
  await Promise.all(
    (Object.keys(queries) as ModelMetricId[]).map(async id => {
      const result = await source.run(client =>
        client.queryRange(
          queries[id]!,
          { start: end - plan.rangeSeconds, end, step: plan.stepSeconds },
          { namespace },
        ),
      );
      metrics[id] = metricSeriesFromMatrix(result, end);
    }),
  );
  return metrics;
}

/** Every id the card shows for the model, without numbers. */
function emptyMetrics(
  prefillDecode: boolean,
): Partial<Record<ModelMetricId, MetricSeries>> {
  return Object.fromEntries(
    expectedIds(prefillDecode).map(id => [id, EMPTY_METRIC_SERIES]),
  );
}

function expectedIds(prefillDecode: boolean): ModelMetricId[] {
  return MODEL_METRIC_IDS.filter(
    id => prefillDecode || id !== 'pdDisaggregatedRate',
  );
}

function noDataWarning(model: MetricsModel, probe: string | undefined): string {
  return probe
    ? `Prometheus has no ${probe} series of ${model.namespace}/${model.name} (labelled llm_isvc_name or ` +
        `app_kubernetes_io_name) in the range: the model is not scraped yet, or no PodMonitor selects its pods`
    : `Prometheus has none of the vLLM metrics (vllm:*, or OpenShift AI's kserve_vllm:*): nothing scrapes ` +
        `the model servers yet (on OpenShift, user-workload monitoring must be on)`;
}

function missingWarnings(
  model: MetricsModel,
  chosen: ChosenMetricNames,
): string[] {
  const missing = new Set(
    expectedIds(model.prefillDecode)
      .map(id => METRIC_OF[id])
      .filter(key => !chosen.names[key]),
  );
  return [...missing].map(key => {
    const entry = METRIC_CATALOG[key];
    return `Prometheus has no ${entry.label} metric (${entry.current[0]} or an older or kserve_ name): its charts stay empty`;
  });
}
