import { mockCredentials } from '@backstage/backend-test-utils';
import {
  type FakePrometheus,
  type FakePrometheusAnswer,
  type FakePrometheusRequest,
  prometheusSuccess,
  startFakePrometheus,
} from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import {
  type LlmdTestBackend,
  startLlmdTestBackend,
} from '../../__testUtils__/startLlmdTestBackend';
import { createTestCache } from '../../__testUtils__/testCache';

type Feature = NonNullable<
  Parameters<typeof startLlmdTestBackend>[0]['features']
>[number];

/** Series names a current vLLM and EPP expose (histograms as `_bucket`). */
const CURRENT_NAMES = [
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
  'llm_d_epp_disagg_decision_total',
];

/** Models with series in the fake, OpenShift AI labelling. */
const SCRAPED = [
  { namespace: 'team-a', llm_isvc_name: 'granite-8b' },
  { namespace: 'team-a', llm_isvc_name: 'qwen-pd' },
  { namespace: 'team-b', llm_isvc_name: 'llama' },
];

/**
 * A Prometheus that has the current names and series of every test model: every range query answers 0.5 at each
 * step, every fleet query 0.5 per model.
 */
export function healthyPrometheus(
  req: FakePrometheusRequest,
): FakePrometheusAnswer {
  const ns = req.params.get('namespace');
  const scraped = SCRAPED.filter(s => !ns || s.namespace === ns);
  switch (req.path) {
    case '/api/v1/label/__name__/values':
      return prometheusSuccess(CURRENT_NAMES);
    case '/api/v1/series':
      return prometheusSuccess(
        scraped.map(s => ({ __name__: 'vllm:num_requests_running', ...s })),
      );
    case '/api/v1/query_range': {
      const [start, end, step] = ['start', 'end', 'step'].map(p =>
        Number(req.params.get(p)),
      );
      const values = [];
      for (let t = start; t <= end; t += step) values.push([t, '0.5']);
      return prometheusSuccess({
        resultType: 'matrix',
        result: [{ metric: {}, values }],
      });
    }
    case '/api/v1/query':
      return prometheusSuccess({
        resultType: 'vector',
        result: scraped.map(s => ({
          metric: s,
          value: [Number(req.params.get('time')), '0.5'],
        })),
      });
    default:
      return { status: 404, text: 'not found' };
  }
}

/** Options of {@link startMetricsTestBackend}. */
export interface MetricsTestBackendOptions {
  /** `metrics` of cluster `prod` besides its URL; staging has none unless `staging` is given. */
  readonly prod?: Record<string, unknown>;
  /** `metrics` of cluster `staging` besides its URL (same fake Prometheus). */
  readonly staging?: Record<string, unknown>;
  readonly features?: Feature[];
}

/** A backend on the test cache whose clusters' `metrics` point at a fake Prometheus. */
export interface MetricsTestBackend {
  readonly backend: LlmdTestBackend;
  readonly prometheus: FakePrometheus;
  get(path: string): request.Test;
  post(path: string): request.Test;
  stop(): Promise<void>;
}

/** Starts a fake Prometheus (answering `healthyPrometheus`) and a backend whose clusters read it. */
export async function startMetricsTestBackend(
  options: MetricsTestBackendOptions = {},
): Promise<MetricsTestBackend> {
  const prometheus = await startFakePrometheus(healthyPrometheus);
  const cluster = (name: string, metrics?: Record<string, unknown>) => ({
    name,
    url: `https://${name}.example.com:6443`,
    auth: { serviceAccountToken: 'cluster-token' },
    ...(metrics && {
      metrics: { type: 'prometheus', url: prometheus.url, ...metrics },
    }),
  });
  const backend = await startLlmdTestBackend({
    cache: createTestCache(),
    config: {
      llmd: {
        clusters: [
          cluster('prod', options.prod ?? {}),
          cluster('staging', options.staging),
        ],
      },
    },
    features: options.features,
  });
  const auth = mockCredentials.user.header();
  return {
    backend,
    prometheus,
    get: path =>
      request(backend.server)
        .get(`/api/llmd${path}`)
        .set('Authorization', auth),
    post: path =>
      request(backend.server)
        .post(`/api/llmd${path}`)
        .set('Authorization', auth),
    stop: async () => {
      await backend.stop();
      await prometheus.stop();
    },
  };
}
