import { MODEL_METRIC_IDS } from '../api/modelMetrics';
import { buildModelMetricQueries } from './buildModelMetricQueries';
import { chooseMetricNames } from './chooseMetricNames';
import { catalogSeriesNames } from './metricCatalog';
import { modelMatchers } from './modelSeriesSelector';

const ALL_CURRENT = chooseMetricNames(
  catalogSeriesNames().filter(n => !n.startsWith('kserve_')),
).names;
const M = 'namespace="team-a",llm_isvc_name="qwen-pd"';
const ANSWERING = `${M},llm_isvc_role!="prefill",llm_d_ai_role!="prefill"`;

describe('buildModelMetricQueries', () => {
  const queries = buildModelMetricQueries({
    names: ALL_CURRENT,
    matchers: modelMatchers('llm_isvc_name', 'team-a', 'qwen-pd'),
    windowSeconds: 120,
    prefillDecode: true,
  });

  it.each([
    [
      'ttftP50Seconds',
      `histogram_quantile(0.5, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket{${ANSWERING}}[2m])))`,
    ],
    [
      'ttftP95Seconds',
      `histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket{${ANSWERING}}[2m])))`,
    ],
    [
      'itlP95Seconds',
      `histogram_quantile(0.95, sum by (le) (rate(vllm:inter_token_latency_seconds_bucket{${ANSWERING}}[2m])))`,
    ],
    [
      'e2eP95Seconds',
      `histogram_quantile(0.95, sum by (le) (rate(vllm:e2e_request_latency_seconds_bucket{${ANSWERING}}[2m])))`,
    ],
    [
      'requestsPerSecond',
      `sum(rate(vllm:request_success_total{${ANSWERING}}[2m]))`,
    ],
    [
      'promptTokensPerSecond',
      `sum(rate(vllm:prompt_tokens_total{${ANSWERING}}[2m]))`,
    ],
    [
      'generationTokensPerSecond',
      `sum(rate(vllm:generation_tokens_total{${ANSWERING}}[2m]))`,
    ],
    ['kvCacheUsage', `avg(vllm:kv_cache_usage_perc{${M}})`],
    ['requestsWaiting', `sum(vllm:num_requests_waiting{${M}})`],
    ['requestsRunning', `sum(vllm:num_requests_running{${M}})`],
    [
      'prefixCacheHitRate',
      `sum(rate(vllm:prefix_cache_hits_total{${M}}[2m])) / (sum(rate(vllm:prefix_cache_queries_total{${M}}[2m])) > 0)`,
    ],
    [
      'errorRate',
      `(sum(rate(http_requests_total{${ANSWERING},status!="2xx"}[2m])) or vector(0)) / (sum(rate(http_requests_total{${ANSWERING}}[2m])) > 0)`,
    ],
    [
      'pdDisaggregatedRate',
      `(sum(rate(llm_d_epp_disagg_decision_total{${M},decision_type=~"prefill-decode|encode-prefill-decode"}[2m])) or vector(0)) / (sum(rate(llm_d_epp_disagg_decision_total{${M}}[2m])) > 0)`,
    ],
  ])('%s', (id, promql) => {
    expect(queries[id as keyof typeof queries]).toBe(promql);
  });

  it('covers every metric id for a P/D model with every name present', () => {
    expect(Object.keys(queries).sort()).toEqual([...MODEL_METRIC_IDS].sort());
  });

  it('has no P/D rate for a model without a prefill pool', () => {
    const single = buildModelMetricQueries({
      names: ALL_CURRENT,
      matchers: modelMatchers('pod-labels', 'team-a', 'granite'),
      windowSeconds: 60,
      prefillDecode: false,
    });
    expect(single.pdDisaggregatedRate).toBeUndefined();
    expect(single.requestsPerSecond).toBe(
      'sum(rate(vllm:request_success_total{namespace="team-a",app_kubernetes_io_name="granite",llm_isvc_role!="prefill",llm_d_ai_role!="prefill"}[1m]))',
    );
  });

  it('leaves out what Prometheus lacks and uses the chosen aliases', () => {
    const legacy = buildModelMetricQueries({
      names: {
        itl: 'kserve_vllm:time_per_output_token_seconds',
        kvCacheUsage: 'vllm:gpu_cache_usage_perc',
      },
      matchers: M,
      windowSeconds: 300,
      prefillDecode: true,
    });
    expect(Object.keys(legacy).sort()).toEqual([
      'itlP50Seconds',
      'itlP95Seconds',
      'kvCacheUsage',
    ]);
    expect(legacy.itlP50Seconds).toContain(
      'rate(kserve_vllm:time_per_output_token_seconds_bucket{',
    );
    expect(legacy.kvCacheUsage).toBe(`avg(vllm:gpu_cache_usage_perc{${M}})`);
  });
});
