import { chooseMetricNames } from './chooseMetricNames';
import { catalogSeriesMatcher, catalogSeriesNames } from './metricCatalog';

/** What a vLLM pod of each generation exposes (series names, histograms as `_bucket`). */
const CURRENT_VLLM = [
  'vllm:time_to_first_token_seconds_bucket',
  'vllm:inter_token_latency_seconds_bucket',
  'vllm:e2e_request_latency_seconds_bucket',
  'vllm:request_success_total',
  'vllm:prompt_tokens_total',
  'vllm:generation_tokens_total',
  'vllm:kv_cache_usage_perc',
  'vllm:num_requests_waiting',
  'vllm:num_requests_running',
  'vllm:prefix_cache_queries_total',
  'vllm:prefix_cache_hits_total',
  'http_requests_total',
];
const LEGACY_VLLM = CURRENT_VLLM.map(name =>
  name
    .replace('inter_token_latency', 'time_per_output_token')
    .replace('kv_cache_usage', 'gpu_cache_usage')
    .replace('vllm:prefix_cache', 'vllm:gpu_prefix_cache'),
);
const kserve = (names: string[]) => names.map(n => `kserve_${n}`);

describe('chooseMetricNames', () => {
  it.each([
    {
      what: 'current raw names',
      available: [...CURRENT_VLLM, 'llm_d_epp_disagg_decision_total'],
      itl: 'vllm:inter_token_latency_seconds',
      kv: 'vllm:kv_cache_usage_perc',
      pd: 'llm_d_epp_disagg_decision_total',
      generations: { vllm: 'vllm:*', epp: 'llm_d_epp_*' },
      warnings: [],
    },
    {
      what: 'legacy raw names',
      available: [
        ...LEGACY_VLLM,
        'llm_d_inference_scheduler_pd_decision_total',
      ],
      itl: 'vllm:time_per_output_token_seconds',
      kv: 'vllm:gpu_cache_usage_perc',
      pd: 'llm_d_inference_scheduler_pd_decision_total',
      generations: {
        vllm: 'vllm:*, legacy names',
        epp: 'llm_d_inference_scheduler_*, legacy names',
      },
      warnings: [
        /^ITL is read from vllm:time_per_output_token_seconds, vLLM's name before 0.11 \(vllm:inter_token_latency_seconds is not/,
        /^KV-cache usage is read from vllm:gpu_cache_usage_perc/,
        /^prefix-cache queries is read from vllm:gpu_prefix_cache_queries_total/,
        /^prefix-cache hits is read/,
        /^P\/D decisions is read from llm_d_inference_scheduler_pd_decision_total, the scheduler's name before llm-d-router v0.10/,
      ],
    },
    {
      what: "only OpenShift AI's kserve_ copies (release-v0.15)",
      available: kserve([...CURRENT_VLLM, 'llm_d_epp_disagg_decision_total']),
      itl: 'kserve_vllm:inter_token_latency_seconds',
      kv: 'kserve_vllm:kv_cache_usage_perc',
      pd: 'kserve_llm_d_epp_disagg_decision_total',
      generations: {
        vllm: 'kserve_vllm:* (OpenShift AI prefixed)',
        epp: 'kserve_llm_d_epp_* (OpenShift AI prefixed)',
      },
      warnings: [
        /^vLLM metrics \(kserve_vllm:\*\) are read under OpenShift AI's kserve_ prefix: Prometheus has no raw copy of them$/,
        /^EPP metrics \(kserve_llm_d_epp_disagg_decision_total\) are read under/,
      ],
    },
    {
      what: 'raw and kserve_ copies side by side (raw wins)',
      available: [...CURRENT_VLLM, ...kserve(CURRENT_VLLM)],
      itl: 'vllm:inter_token_latency_seconds',
      kv: 'vllm:kv_cache_usage_perc',
      pd: undefined,
      generations: { vllm: 'vllm:*' },
      warnings: [],
    },
    {
      what: 'raw legacy before kserve_ current',
      available: [...LEGACY_VLLM, ...kserve(CURRENT_VLLM)],
      itl: 'vllm:time_per_output_token_seconds',
      kv: 'vllm:gpu_cache_usage_perc',
      pd: undefined,
      generations: { vllm: 'vllm:*, legacy names' },
      warnings: [
        /^ITL/,
        /^KV-cache/,
        /^prefix-cache queries/,
        /^prefix-cache hits/,
      ],
    },
    {
      what: 'kserve_ legacy names',
      available: kserve(LEGACY_VLLM),
      itl: 'kserve_vllm:time_per_output_token_seconds',
      kv: 'kserve_vllm:gpu_cache_usage_perc',
      pd: undefined,
      generations: {
        vllm: 'kserve_vllm:* (OpenShift AI prefixed), legacy names',
      },
      warnings: [
        /^vLLM metrics \(kserve_vllm:\*\) are read under/,
        /^ITL is read from kserve_vllm:time_per_output_token_seconds, vLLM's name before 0.11 \(kserve_vllm:inter_token_latency_seconds is not/,
        /^KV-cache/,
        /^prefix-cache queries/,
        /^prefix-cache hits/,
      ],
    },
    {
      what: 'nothing',
      available: ['up', 'process_cpu_seconds_total'],
      itl: undefined,
      kv: undefined,
      pd: undefined,
      generations: {},
      warnings: [],
    },
  ])('$what', ({ available, itl, kv, pd, generations, warnings }) => {
    const chosen = chooseMetricNames(available);
    expect(chosen.names.itl).toBe(itl);
    expect(chosen.names.kvCacheUsage).toBe(kv);
    expect(chosen.names.disaggDecisions).toBe(pd);
    expect(chosen.generations).toEqual(generations);
    expect(chosen.warnings).toHaveLength(warnings.length);
    chosen.warnings.forEach((w, i) => expect(w).toMatch(warnings[i]));
  });

  it('chooses histograms by their _bucket series and names them without it', () => {
    expect(
      chooseMetricNames(['vllm:time_to_first_token_seconds_count']).names.ttft,
    ).toBeUndefined();
    expect(
      chooseMetricNames(['vllm:time_to_first_token_seconds_bucket']).names,
    ).toEqual({ ttft: 'vllm:time_to_first_token_seconds' });
  });
});

describe('catalogSeriesMatcher', () => {
  it('asks for exactly the catalog names, all four generations', () => {
    const names = catalogSeriesNames();
    expect(names).toEqual(
      expect.arrayContaining([
        'vllm:inter_token_latency_seconds_bucket',
        'vllm:time_per_output_token_seconds_bucket',
        'kserve_vllm:inter_token_latency_seconds_bucket',
        'kserve_vllm:time_per_output_token_seconds_bucket',
        'vllm:gpu_prefix_cache_hits_total',
        'kserve_http_requests_total',
        'llm_d_epp_disagg_decision_total',
        'llm_d_inference_scheduler_disagg_decision_total',
        'kserve_llm_d_inference_scheduler_pd_decision_total',
      ]),
    );
    expect(catalogSeriesMatcher()).toBe(`{__name__=~"${names.join('|')}"}`);
    expect(catalogSeriesMatcher()).not.toMatch(/\.\*/);
  });
});
