import fs from 'node:fs';
import { vendorPath } from '@internal/test-support';
import { eppFamilies } from './eppExposition';
import { EppPodState } from './EppPodState';
import { MetricFamily } from './exposition';
import { parseExposition } from './parseExposition';
import { vllmFamilies } from './vllmExposition';
import { VllmPodState } from './VllmPodState';

function reference(file: string): Map<string, MetricFamily> {
  const text = fs.readFileSync(
    vendorPath('metrics', 'odh-kserve', file),
    'utf8',
  );
  return new Map(parseExposition(text).map(f => [f.name, f]));
}

/** Each distinct label-key set of a family's samples per series name, sorted, e.g. `_bucket: engine,le,model_name`. */
function shape(family: MetricFamily): string[] {
  const keys = family.samples.map(
    s =>
      `${s.name.slice(family.name.length)}: ${Object.keys(s.labels)
        .sort()
        .join(',')}`,
  );
  return [...new Set(keys)].sort();
}

function les(family: MetricFamily): string[] {
  return family.samples
    .filter(s => s.name.endsWith('_bucket'))
    .map(s => s.labels.le);
}

/** Legacy names the real (current) scrape cannot show; their twins must match the twin's shape. */
const LEGACY_TWINS: Record<string, string> = {
  'vllm:gpu_cache_usage_perc': 'vllm:kv_cache_usage_perc',
  'vllm:gpu_prefix_cache_queries_total': 'vllm:prefix_cache_queries_total',
  'vllm:gpu_prefix_cache_queries_created': 'vllm:prefix_cache_queries_created',
  'vllm:gpu_prefix_cache_hits_total': 'vllm:prefix_cache_hits_total',
  'vllm:gpu_prefix_cache_hits_created': 'vllm:prefix_cache_hits_created',
  'vllm:time_per_output_token_seconds': 'vllm:inter_token_latency_seconds',
  'vllm:time_per_output_token_seconds_created':
    'vllm:inter_token_latency_seconds_created',
};

describe('the simulated pods against the vendored real scrapes (opendatahub-io/kserve dashboards-odc context)', () => {
  const served = () => {
    const state = new VllmPodState();
    state.countHttp('/v1/chat/completions', 'POST', 200);
    state.observe({
      promptTokens: 40,
      cachedTokens: 16,
      transferredTokens: 0,
      generationTokens: 12,
      maxTokens: 16,
      ttftSeconds: 0.012,
      e2eSeconds: 0.04,
      finishedReason: 'stop',
    });
    return state;
  };

  it('vLLM pods expose the reference names, types, label keys and buckets', () => {
    const real = reference('vllm_metrics.txt');
    const families = vllmFamilies(served(), 'TinyLlama', 'current');
    expect(families.length).toBeGreaterThan(40);
    for (const family of families) {
      const twin = real.get(family.name);
      expect({ name: family.name, type: twin?.type }).toEqual({
        name: family.name,
        type: family.type,
      });
      expect({ name: family.name, help: family.help }).toEqual({
        name: family.name,
        help: twin!.help,
      });
      expect({ name: family.name, shape: shape(family) }).toEqual({
        name: family.name,
        shape: shape(twin!),
      });
      expect({ name: family.name, le: les(family) }).toEqual({
        name: family.name,
        le: les(twin!),
      });
    }
  });

  it("vLLM pods with legacy names keep the twins' types, labels and buckets", () => {
    const real = reference('vllm_metrics.txt');
    const families = vllmFamilies(served(), 'TinyLlama', 'legacy');
    const names = families.map(f => f.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(LEGACY_TWINS)));
    expect(names).not.toContain('vllm:inter_token_latency_seconds');
    expect(names).not.toContain('vllm:kv_cache_usage_perc');
    for (const family of families) {
      const twin = real.get(LEGACY_TWINS[family.name] ?? family.name)!;
      expect({
        name: family.name,
        type: twin.type,
        shape: shape(twin),
        le: les(twin),
      }).toEqual({
        name: family.name,
        type: family.type,
        shape: shape(family),
        le: les(family),
      });
    }
    const both = vllmFamilies(served(), 'TinyLlama', 'both').map(f => f.name);
    expect(both).toEqual(
      expect.arrayContaining([
        'vllm:kv_cache_usage_perc',
        'vllm:gpu_cache_usage_perc',
      ]),
    );
  });

  it('scheduler pods expose the reference names, types, label keys and buckets, in both generations', () => {
    const real = reference('scheduler_metrics.txt');
    const state = new EppPodState();
    const counts = state.model('TinyLlama');
    counts.requests = 3;
    counts.decisions['prefill-decode'] = 2;
    counts.duration.observe(0.05);
    counts.errors.NotFound = 1;
    const families = eppFamilies(
      state,
      'llmisvc-singlenode-pd-inference-pool',
      2,
      'both',
    );
    const names = families.map(f => f.name);
    expect(names).toEqual([...names].sort());
    const isError = (f: MetricFamily) => f.name.endsWith('_error_total');
    // The real scrape had no error yet (error counters appear with the first one): labels of llm-d-router's docs/metrics.md.
    expect(families.filter(isError).map(f => [f.name, shape(f)])).toEqual([
      [
        'inference_objective_request_error_total',
        [': error_code,model_name,target_model_name'],
      ],
      [
        'llm_d_epp_request_error_total',
        [': error_code,fairness_id,model_name,priority,target_model_name'],
      ],
    ]);
    for (const family of families.filter(f => !isError(f))) {
      const twin = real.get(family.name);
      expect({ name: family.name, type: twin?.type, help: twin?.help }).toEqual(
        {
          name: family.name,
          type: family.type,
          help: family.help,
        },
      );
      expect({
        name: family.name,
        shape: shape(family),
        le: les(family),
      }).toEqual({
        name: family.name,
        shape: shape(twin!),
        le: les(twin!),
      });
    }
  });
});
