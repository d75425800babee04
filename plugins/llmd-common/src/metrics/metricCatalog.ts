/**
 * The Prometheus metrics the serving-metrics queries read, each with the names it has had: vLLM's current and
 * legacy names, the EPP's `llm_d_epp_*` and its earlier names, and for each the copy OpenShift AI's
 * `kserve_`-prefixed PodMonitor/ServiceMonitor produces (`__name__` → `kserve_$1`).
 */

/**
 * A metric the queries read, independent of its name in a given Prometheus.
 *
 * @public
 */
export type MetricKey =
  | 'ttft'
  | 'itl'
  | 'e2e'
  | 'requestSuccess'
  | 'promptTokens'
  | 'generationTokens'
  | 'kvCacheUsage'
  | 'requestsWaiting'
  | 'requestsRunning'
  | 'prefixCacheQueries'
  | 'prefixCacheHits'
  | 'httpRequests'
  | 'disaggDecisions';

/**
 * Who emits a metric: a vLLM pod or the EPP (scheduler) pod.
 *
 * @public
 */
export type MetricFamily = 'vllm' | 'epp';

/**
 * One metric of the catalog: its kind, its current name(s) and older names, newest first.
 *
 * @public
 */
export interface MetricCatalogEntry {
  readonly family: MetricFamily;
  readonly kind: 'histogram' | 'counter' | 'gauge';
  /** What it is, for warnings ("ITL", "KV-cache usage"). */
  readonly label: string;
  readonly current: readonly string[];
  readonly legacy: readonly string[];
  /** Which release stopped using the legacy names, for warnings. */
  readonly legacyNote?: string;
}

/**
 * Prefix OpenShift AI's monitors put in front of every name they scrape.
 *
 * @public
 */
export const KSERVE_METRIC_PREFIX = 'kserve_';

const VLLM_BEFORE_011 = "vLLM's name before 0.11";
const SCHEDULER_BEFORE_V010 = "the scheduler's name before llm-d-router v0.10";

/**
 * Every metric the queries read, by key (names as in vendor/metrics: vllm_metrics.txt, scheduler_metrics.txt).
 *
 * @public
 */
export const METRIC_CATALOG: Readonly<Record<MetricKey, MetricCatalogEntry>> = {
  ttft: vllm('histogram', 'TTFT', ['vllm:time_to_first_token_seconds']),
  itl: vllm(
    'histogram',
    'ITL',
    ['vllm:inter_token_latency_seconds'],
    ['vllm:time_per_output_token_seconds'],
  ),
  e2e: vllm('histogram', 'end-to-end latency', [
    'vllm:e2e_request_latency_seconds',
  ]),
  requestSuccess: vllm('counter', 'finished requests', [
    'vllm:request_success_total',
  ]),
  promptTokens: vllm('counter', 'prompt tokens', ['vllm:prompt_tokens_total']),
  generationTokens: vllm('counter', 'generation tokens', [
    'vllm:generation_tokens_total',
  ]),
  kvCacheUsage: vllm(
    'gauge',
    'KV-cache usage',
    ['vllm:kv_cache_usage_perc'],
    ['vllm:gpu_cache_usage_perc'],
  ),
  requestsWaiting: vllm('gauge', 'waiting requests', [
    'vllm:num_requests_waiting',
  ]),
  requestsRunning: vllm('gauge', 'running requests', [
    'vllm:num_requests_running',
  ]),
  prefixCacheQueries: vllm(
    'counter',
    'prefix-cache queries',
    ['vllm:prefix_cache_queries_total'],
    ['vllm:gpu_prefix_cache_queries_total'],
  ),
  prefixCacheHits: vllm(
    'counter',
    'prefix-cache hits',
    ['vllm:prefix_cache_hits_total'],
    ['vllm:gpu_prefix_cache_hits_total'],
  ),
  httpRequests: vllm('counter', 'HTTP requests', ['http_requests_total']),
  disaggDecisions: {
    family: 'epp',
    kind: 'counter',
    label: 'P/D decisions',
    current: ['llm_d_epp_disagg_decision_total'],
    legacy: [
      'llm_d_inference_scheduler_disagg_decision_total',
      'llm_d_inference_scheduler_pd_decision_total',
    ],
    legacyNote: SCHEDULER_BEFORE_V010,
  },
};

function vllm(
  kind: MetricCatalogEntry['kind'],
  label: string,
  current: string[],
  legacy: string[] = [],
): MetricCatalogEntry {
  return {
    family: 'vllm',
    kind,
    label,
    current,
    legacy,
    ...(legacy.length > 0 && { legacyNote: VLLM_BEFORE_011 }),
  };
}

/**
 * One name a metric may have in Prometheus.
 *
 * @public
 */
export interface MetricAlias {
  /** The metric name without the histogram suffix (`vllm:time_to_first_token_seconds`). */
  readonly name: string;
  readonly legacy: boolean;
  /** The `kserve_`-prefixed copy of OpenShift AI's monitors. */
  readonly prefixed: boolean;
}

/**
 * The names of a metric in order of preference: current, legacy, `kserve_` current, `kserve_` legacy.
 *
 * @public
 */
export function metricAliases(key: MetricKey): readonly MetricAlias[] {
  const { current, legacy } = METRIC_CATALOG[key];
  const raw = [
    ...current.map(name => ({ name, legacy: false })),
    ...legacy.map(name => ({ name, legacy: true })),
  ];
  return [
    ...raw.map(a => ({ ...a, prefixed: false })),
    ...raw.map(a => ({
      ...a,
      name: `${KSERVE_METRIC_PREFIX}${a.name}`,
      prefixed: true,
    })),
  ];
}

/**
 * The series name that shows a metric exists: `<name>_bucket` for histograms, the name itself otherwise.
 *
 * @public
 */
export function detectableSeriesName(key: MetricKey, name: string): string {
  return METRIC_CATALOG[key].kind === 'histogram' ? `${name}_bucket` : name;
}

/**
 * Every series name the name detection asks Prometheus about (all aliases of all metrics).
 *
 * @public
 */
export function catalogSeriesNames(): readonly string[] {
  return (Object.keys(METRIC_CATALOG) as MetricKey[]).flatMap(key =>
    metricAliases(key).map(a => detectableSeriesName(key, a.name)),
  );
}

/**
 * The `match[]` selector of the name detection: every series name of the catalog, as one alternation of literal
 * names (no wildcard, so Prometheus looks up exactly these names in its index).
 *
 * @public
 */
export function catalogSeriesMatcher(): string {
  return `{__name__=~"${catalogSeriesNames().join('|')}"}`;
}
