import { buildFleetMetricQueries } from './buildFleetMetricQueries';

describe('buildFleetMetricQueries', () => {
  const BY = 'namespace, llm_isvc_name, app_kubernetes_io_name';
  const ANSWERING = 'llm_isvc_role!="prefill",llm_d_ai_role!="prefill"';

  it.each([
    {
      what: 'current names',
      names: {
        ttft: 'vllm:time_to_first_token_seconds',
        requestSuccess: 'vllm:request_success_total',
        kvCacheUsage: 'vllm:kv_cache_usage_perc',
      },
      expected: {
        ttftP95Seconds: `histogram_quantile(0.95, sum by (le, ${BY}) (rate(vllm:time_to_first_token_seconds_bucket{${ANSWERING}}[5m])))`,
        requestsPerSecond: `sum by (${BY}) (rate(vllm:request_success_total{${ANSWERING}}[5m]))`,
        kvCacheUsage: `avg by (${BY}) (vllm:kv_cache_usage_perc)`,
      },
    },
    {
      what: 'legacy kserve_ KV cache only',
      names: { kvCacheUsage: 'kserve_vllm:gpu_cache_usage_perc' },
      expected: {
        kvCacheUsage: `avg by (${BY}) (kserve_vllm:gpu_cache_usage_perc)`,
      },
    },
    { what: 'nothing', names: {}, expected: {} },
  ])('$what', ({ names, expected }) => {
    const queries = buildFleetMetricQueries(names);
    expect(queries).toEqual(expected);
    // one query for all models: no per-model regex
    for (const q of Object.values(queries)) expect(q).not.toContain('=~');
  });
});
