import type {
  MetricSeries,
  ModelMetricsResponse,
} from '@llmd/plugin-llmd-common';
import { queryPrometheus } from '@internal/test-support';
import type { PodMetricsSnapshot } from '@llmd/cluster-simulator';
import {
  bucketDelta,
  counterDelta,
  gaugeValues,
  type PodFilter,
  quantileBucket,
} from '../__testUtils__/emittedMetrics';
import {
  type ScrapedSimulator,
  startScrapedSimulator,
} from '../__testUtils__/scrapedSimulator';
import {
  MEASURED_BAD_REQUESTS,
  MEASURED_LONG_PROMPTS,
  MEASURED_PROMPTS,
  serveMeasuredTraffic,
  type ServedModel,
  servedModel,
} from '../__testUtils__/servedTraffic';

jest.setTimeout(120_000);

/** The 15m range: rates and quantiles over the last 60 s (metricsRangePlan), long enough for the whole test. */
const WINDOW_SECONDS = 60;

/**
 * A rate over the 60 s window of a counter that was 0 when first scraped and grew by `increase` since: Prometheus
 * extrapolates to the window's end (at most about one 1 s scrape interval over the several seconds sampled).
 */
function expectRate(series: MetricSeries | undefined, increase: number) {
  expect(increase).toBeGreaterThan(0);
  const expected = increase / WINDOW_SECONDS;
  expect(series?.current).toBeGreaterThanOrEqual(expected);
  expect(series?.current).toBeLessThanOrEqual(expected * 1.3);
}

/**
 * A ratio of two rates: exact but for Prometheus's extrapolation at the start of series created by the warm-up, which
 * differs by at most a few per cent between series of different first values.
 */
function expectRatio(series: MetricSeries | undefined, expected: number) {
  expect(expected).toBeGreaterThan(0);
  expect(series?.current).toBeGreaterThanOrEqual(expected * 0.9);
  expect(series?.current).toBeLessThanOrEqual(expected * 1.1);
}

function expectWithin(
  series: MetricSeries | undefined,
  { lower, upper }: { lower: number; upper: number },
) {
  expect(series?.current).toBeGreaterThanOrEqual(lower);
  expect(series?.current).toBeLessThanOrEqual(upper);
}

// The Serving metrics route against the real Prometheus binary scraping the simulated pods every second: numbers
// compared with what the pods emitted (the simulator's own metrics snapshot before and after the measured requests).
describe('GET /api/llmd/models/:namespace/:name/metrics with a real Prometheus', () => {
  let env: ScrapedSimulator;
  let granite: ServedModel;
  let pd: ServedModel;
  let before: PodMetricsSnapshot[];
  let after: PodMetricsSnapshot[];

  /** What Prometheus itself says `promql` is at the time the route evaluated. */
  const reference = async (promql: string, at: number) => {
    const [sample] = await queryPrometheus(env.prometheus.url, promql, at);
    return sample?.value;
  };
  const podRegex = (filter: PodFilter) =>
    after
      .filter(filter)
      .map(p => p.pod)
      .join('|');

  const metrics = async (model: ServedModel): Promise<ModelMetricsResponse> => {
    const res = await env.api.get(
      `/models/${model.namespace}/${model.name}/metrics?cluster=demo&range=15m`,
    );
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    env = await startScrapedSimulator({ naming: 'raw' });
    granite = await servedModel(env, 'team-a', 'granite-8b');
    pd = await servedModel(env, 'team-a', 'llama-3-1-8b-pd');
    ({ before, after } = await serveMeasuredTraffic(env, [granite, pd]));
  });

  afterAll(() => env?.stop());

  it('fills the card of a model with what its pods emitted: rates, latency quantiles, ratios, gauges', async () => {
    const body = await metrics(granite);
    expect(body).toMatchObject({
      cluster: 'demo',
      state: 'ok',
      range: '15m',
      source: { type: 'prometheus', url: env.prometheus.url },
    });
    expect(body.warnings).toEqual([]);

    const mine: PodFilter = p =>
      p.namespace === 'team-a' && p.llmisvc === 'granite-8b';
    const vllm: PodFilter = p => mine(p) && p.component === 'workload';
    const total = (name: string) => counterDelta([], after, vllm, name);
    const delta = (name: string, labels?: Record<string, string>) =>
      counterDelta(before, after, vllm, name, labels);
    const m = body.metrics;

    expect(delta('vllm:request_success_total')).toBe(MEASURED_PROMPTS.length);
    for (const [id, name] of [
      ['requestsPerSecond', 'vllm:request_success_total'],
      ['promptTokensPerSecond', 'vllm:prompt_tokens_total'],
      ['generationTokensPerSecond', 'vllm:generation_tokens_total'],
    ] as const) {
      expectRate(m[id], total(name));
      // the same series as selected by pod name
      expect(m[id]?.current).toBeCloseTo(
        (await reference(
          `sum(rate(${name}{pod=~"${podRegex(vllm)}"}[1m]))`,
          body.evaluatedAt,
        ))!,
        9,
      );
    }

    for (const [id, base, q] of [
      ['ttftP50Seconds', 'vllm:time_to_first_token_seconds', 0.5],
      ['ttftP95Seconds', 'vllm:time_to_first_token_seconds', 0.95],
      ['itlP50Seconds', 'vllm:inter_token_latency_seconds', 0.5],
      ['itlP95Seconds', 'vllm:inter_token_latency_seconds', 0.95],
      ['e2eP95Seconds', 'vllm:e2e_request_latency_seconds', 0.95],
    ] as const) {
      const buckets = bucketDelta([], after, vllm, base);
      expectWithin(m[id], quantileBucket(buckets, q));
    }

    // Ratios of counters of the same pods: the extrapolation (nearly) cancels out.
    const errors =
      delta('http_requests_total', { status: '4xx' }) +
      delta('http_requests_total', { status: '5xx' });
    const errorRate = errors / delta('http_requests_total');
    expect(errors).toBe(MEASURED_BAD_REQUESTS);
    expectRatio(m.errorRate, errorRate);
    const hits = total('vllm:prefix_cache_hits_total');
    expect(hits).toBeGreaterThan(0);
    expectRatio(
      m.prefixCacheHitRate,
      hits / total('vllm:prefix_cache_queries_total'),
    );

    // Nothing in flight once the requests are answered: the gauges as the pods show them now.
    const kv = gaugeValues(after, vllm, 'vllm:kv_cache_usage_perc');
    expect(m.kvCacheUsage?.current).toBe(
      kv.reduce((a, b) => a + b, 0) / kv.length,
    );
    for (const [id, name] of [
      ['requestsRunning', 'vllm:num_requests_running'],
      ['requestsWaiting', 'vllm:num_requests_waiting'],
    ] as const) {
      expect(m[id]?.current).toBe(
        gaugeValues(after, vllm, name).reduce((a, b) => a + b, 0),
      );
    }
    expect(m.pdDisaggregatedRate).toBeUndefined();
  });

  it("gives a P/D model the share of requests its scheduler split (the EPP's decision counter)", async () => {
    const body = await metrics(pd);
    expect(body.state).toBe('ok');
    const scheduler: PodFilter = p =>
      p.llmisvc === pd.name && p.component === 'router-scheduler';
    const decisions = (decision_type?: string) =>
      counterDelta(
        before,
        after,
        scheduler,
        'llm_d_epp_disagg_decision_total',
        decision_type ? { decision_type } : {},
      );
    expect(decisions('prefill-decode')).toBe(MEASURED_LONG_PROMPTS);
    expect(decisions()).toBe(MEASURED_PROMPTS.length);
    expectRatio(
      body.metrics.pdDisaggregatedRate,
      decisions('prefill-decode') / decisions(),
    );
    // Requests count on the decode pods only: the prefill pool sees each split request once more.
    const decode: PodFilter = p =>
      p.llmisvc === pd.name && p.component === 'workload';
    expectRate(
      body.metrics.requestsPerSecond,
      counterDelta([], after, decode, 'vllm:request_success_total'),
    );
  });

  it('answers 502 in words when Prometheus is down, and the model page still loads', async () => {
    await env.prometheus.stop();
    // another range: not the 15 s answer cache
    const res = await env.api.get(
      `/models/team-a/granite-8b/metrics?cluster=demo&range=1h`,
    );
    expect(res.status).toBe(502);
    expect(res.body.error.message).toMatch(
      /^Prometheus at http:\/\/127\.0\.0\.1:\d+ could not be reached/,
    );
    expect(res.body.error.stack).toBeUndefined();
    const detail = await env.api.get('/models/team-a/granite-8b');
    expect(detail.status).toBe(200);
  });
});
