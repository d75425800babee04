import { SIMULATION_ANNOTATIONS } from '../../simulationAnnotations';
import { startClusterSimulator } from '../../startClusterSimulator';
import { ClusterSimulator } from '../../types';
import {
  gatewayObject,
  httpCall,
  modelObject,
  modelUrl,
} from '../__testUtils__/dataPlaneFixtures';
import { MetricFamily } from '../metrics/exposition';
import { parseExposition } from '../metrics/parseExposition';

const NS = 'team-a';
const GATEWAY = { namespace: NS, name: 'team-a-gateway' };
const SERVED = 'ibm-granite/granite-3.3-8b-instruct';

/** A model of the data-plane fixture with more spec (replicas, P/D) and annotations. */
function model(
  name: string,
  spec: Record<string, unknown>,
  annotations: Record<string, string> = {},
  servedName?: string,
) {
  const base = modelObject(NS, name, {
    gateway: GATEWAY,
    auth: false,
    annotations,
    servedName,
  }) as { spec: Record<string, unknown> };
  return { ...base, spec: { ...base.spec, ...spec } };
}

/** The sum of the samples of `name` whose labels include `labels`. */
function value(
  families: MetricFamily[],
  name: string,
  labels: Record<string, string> = {},
): number {
  return families
    .flatMap(f => f.samples)
    .filter(
      s =>
        s.name === name &&
        Object.entries(labels).every(([k, v]) => s.labels[k] === v),
    )
    .reduce((sum, s) => sum + s.value, 0);
}

const words = (n: number, seed = 'w') =>
  Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');

describe('the pod network of the simulated data plane', () => {
  let sim: ClusterSimulator;
  beforeAll(async () => {
    sim = await startClusterSimulator({
      dataPlane: true,
      objects: [
        gatewayObject(GATEWAY.namespace, GATEWAY.name),
        model('granite', { replicas: 2 }, {}, SERVED),
        model(
          'pd',
          { replicas: 2, prefill: { replicas: 1 } },
          {
            [SIMULATION_ANNOTATIONS.pdThresholdTokens]: '10',
            [SIMULATION_ANNOTATIONS.eppMetricNames]: 'both',
          },
        ),
        model(
          'old',
          { router: { gateway: { refs: [GATEWAY] }, route: {} } },
          {
            [SIMULATION_ANNOTATIONS.metricsLabels]: 'upstream',
            [SIMULATION_ANNOTATIONS.vllmMetricNames]: 'legacy',
          },
        ),
      ],
    });
  });
  afterAll(() => sim.close());

  async function scrape(target: { labels: Record<string, string> }) {
    const response = await httpCall(
      `${sim.podNetworkUrl}${target.labels.__metrics_path__}`,
    );
    expect(response.headers['content-type']).toMatch(
      /^text\/plain; version=0\.0\.4/,
    );
    return parseExposition(response.text);
  }

  async function targets(): Promise<any[]> {
    return (await httpCall(`${sim.podNetworkUrl}/targets`)).json;
  }

  async function targetsOf(name: string, component = 'workload') {
    return (await targets()).filter(
      t =>
        (t.labels.llm_isvc_name ?? t.labels.app_kubernetes_io_name) === name &&
        (t.labels.llm_isvc_component === component ||
          t.labels.app_kubernetes_io_component ===
            `llminferenceservice-${component}`),
    );
  }

  it('lists every vLLM and scheduler pod as http_sd targets with OpenShift AI or upstream labels', async () => {
    const all = await targets();
    const port = new URL(sim.podNetworkUrl!).host;
    expect(all.every(t => t.targets[0] === port)).toBe(true);
    const summary = all.map(t => [
      t.labels.llm_isvc_name ?? t.labels.app_kubernetes_io_name,
      t.labels.llm_isvc_component ?? t.labels.app_kubernetes_io_component,
      t.labels.llm_isvc_role ?? t.labels.llm_d_ai_role,
    ]);
    expect(summary).toEqual([
      ['granite', 'workload', 'both'],
      ['granite', 'workload', 'both'],
      ['granite', 'router-scheduler', undefined],
      ['old', 'llminferenceservice-workload', 'both'],
      ['pd', 'workload', 'decode'],
      ['pd', 'workload', 'decode'],
      ['pd', 'workload-prefill', 'prefill'],
      ['pd', 'router-scheduler', undefined],
    ]);
    const [granite0] = all;
    expect(granite0.labels).toEqual({
      __metrics_path__: `/pods/${NS}/${granite0.labels.pod}/metrics`,
      namespace: NS,
      pod: expect.stringMatching(/^granite-kserve-[0-9a-f]{10}-0$/),
      llm_isvc_name: 'granite',
      llm_isvc_component: 'workload',
      llm_isvc_role: 'both',
    });
    expect(all[3].labels).toMatchObject({
      app_kubernetes_io_part_of: 'llminferenceservice',
      pod: expect.stringMatching(/^old-kserve-[0-9a-f]{10}-0$/),
    });
    expect(all[6].labels.pod).toMatch(/^pd-kserve-prefill-[0-9a-f]{10}-0$/);
    expect(all[7].labels.pod).toMatch(/^pd-kserve-router-scheduler-/);
    const missing = await httpCall(
      `${sim.podNetworkUrl}/pods/${NS}/nope/metrics`,
    );
    expect(missing.status).toBe(404);
  });

  it('counts served requests round-robin over the pods, refused ones as 4xx and EPP errors', async () => {
    const url = await modelUrl(sim, NS, 'granite');
    for (let i = 0; i < 4; i++) {
      const ok = await httpCall(`${url}/v1/completions`, {
        body: { prompt: words(5 + i), max_tokens: 4 },
      });
      expect(ok.status).toBe(200);
    }
    expect(
      (await httpCall(`${url}/v1/completions`, { body: '{' })).status,
    ).toBe(400);
    const [pod0, pod1] = await targetsOf('granite');
    const labels = { model_name: SERVED, engine: '0' };
    for (const pod of [pod0, pod1]) {
      const families = await scrape(pod);
      expect(
        value(families, 'vllm:e2e_request_latency_seconds_count', labels),
      ).toBe(2);
      expect(value(families, 'vllm:generation_tokens_total', labels)).toBe(8);
      expect(
        value(families, 'vllm:request_success_total', {
          finished_reason: 'length',
        }),
      ).toBe(2);
      expect(
        value(families, 'http_requests_total', {
          handler: '/v1/completions',
          status: '2xx',
        }),
      ).toBe(2);
      expect(value(families, 'vllm:inter_token_latency_seconds_count')).toBe(6);
      expect(value(families, 'vllm:num_requests_running')).toBe(0);
    }
    // 5+7 words on the first pod, 6+8 on the second; the bad body went to the first (round-robin goes on).
    expect(value(await scrape(pod0), 'vllm:prompt_tokens_total')).toBe(12);
    expect(value(await scrape(pod1), 'vllm:prompt_tokens_total')).toBe(14);
    expect(
      value(await scrape(pod0), 'http_requests_total', { status: '4xx' }),
    ).toBe(1);
    const [scheduler] = await targetsOf('granite', 'router-scheduler');
    const epp = await scrape(scheduler);
    expect(
      value(epp, 'llm_d_epp_request_total', {
        model_name: SERVED,
        target_model_name: SERVED,
      }),
    ).toBe(5);
    expect(
      value(epp, 'llm_d_epp_request_error_total', { error_code: 'BadRequest' }),
    ).toBe(1);
    expect(value(epp, 'llm_d_epp_request_duration_seconds_count')).toBe(4);
    expect(
      value(epp, 'llm_d_epp_ready_endpoints', {
        name: 'granite-inference-pool',
      }),
    ).toBe(2);
    expect(epp.map(f => f.name)).not.toContain(
      'llm_d_epp_disagg_decision_total',
    );
    expect(epp.map(f => f.name)).not.toContain(
      'inference_objective_request_total',
    );
  });

  it('splits prefill off prompts from the threshold on, counted by the scheduler and the prefill pod', async () => {
    const url = await modelUrl(sim, NS, 'pd');
    const prompts = [words(3), words(12), words(4), words(30), words(9)];
    for (const prompt of prompts) {
      await httpCall(`${url}/v1/completions`, {
        body: { prompt, max_tokens: 3 },
      });
    }
    const [scheduler] = await targetsOf('pd', 'router-scheduler');
    const epp = await scrape(scheduler);
    for (const name of [
      'llm_d_epp_disagg_decision_total',
      'llm_d_inference_scheduler_disagg_decision_total',
    ]) {
      expect(
        value(epp, name, { decision_type: 'prefill-decode', model_name: 'pd' }),
      ).toBe(2);
      expect(
        value(epp, name, { decision_type: 'decode-only', model_name: 'pd' }),
      ).toBe(3);
    }
    expect(
      value(epp, 'inference_objective_request_total', { model_name: 'pd' }),
    ).toBe(5);
    const [prefill] = await targetsOf('pd', 'workload-prefill');
    const prefillMetrics = await scrape(prefill);
    expect(value(prefillMetrics, 'vllm:prompt_tokens_total')).toBe(42);
    expect(
      value(prefillMetrics, 'vllm:time_to_first_token_seconds_count'),
    ).toBe(2);
    expect(value(prefillMetrics, 'vllm:generation_tokens_total')).toBe(2);
    const decodes = await targetsOf('pd');
    const decodeMetrics = await Promise.all(decodes.map(scrape));
    const served = decodeMetrics.map(f =>
      value(f, 'vllm:e2e_request_latency_seconds_count'),
    );
    expect(served).toEqual([3, 2]);
    // The KV of a split request's prompt came from the prefill pod, all but the last token.
    const transferred = decodeMetrics.map(f =>
      value(f, 'vllm:prompt_tokens_by_source_total', {
        source: 'external_kv_transfer',
      }),
    );
    expect(transferred).toEqual([0, 11 + 29]);
  });

  it('exposes the legacy vLLM names by annotation, and its prefix cache hits whole blocks of a repeated prompt', async () => {
    const url = await modelUrl(sim, NS, 'old');
    const prompt = words(40, 'same');
    await httpCall(`${url}/v1/completions`, {
      body: { prompt, max_tokens: 2 },
    });
    await httpCall(`${url}/v1/completions`, {
      body: { prompt, max_tokens: 2 },
    });
    const [pod] = await targetsOf('old');
    const families = await scrape(pod);
    const names = families.map(f => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'vllm:time_per_output_token_seconds',
        'vllm:gpu_cache_usage_perc',
        'vllm:gpu_prefix_cache_hits_total',
      ]),
    );
    expect(names).not.toContain('vllm:inter_token_latency_seconds');
    expect(names).not.toContain('vllm:kv_cache_usage_perc');
    expect(value(families, 'vllm:gpu_prefix_cache_queries_total')).toBe(80);
    expect(value(families, 'vllm:gpu_prefix_cache_hits_total')).toBe(32);
  });

  it('metricsSnapshot() is what the pods expose', async () => {
    const snapshot = sim.metricsSnapshot();
    const all = await targets();
    expect(snapshot.map(s => s.pod)).toEqual(all.map(t => t.labels.pod));
    const granite = snapshot.find(
      s => s.llmisvc === 'granite' && s.component === 'workload',
    )!;
    expect(granite.targetLabels).toMatchObject({
      llm_isvc_role: 'both',
      namespace: NS,
    });
    const exposed = await scrape({
      labels: { __metrics_path__: `/pods/${NS}/${granite.pod}/metrics` },
    });
    const counters = (families: MetricFamily[]) =>
      families
        .filter(f => f.type !== 'gauge')
        .map(f => [f.name, f.samples.map(s => s.value)]);
    expect(counters(granite.families)).toEqual(counters(exposed));
    const ttft = granite.families.find(
      f => f.name === 'vllm:time_to_first_token_seconds',
    )!;
    expect(ttft.samples.find(s => s.labels.le === '+Inf')!.value).toBe(2);
  });
});
