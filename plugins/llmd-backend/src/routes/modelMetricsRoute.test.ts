import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { MODEL_METRIC_IDS } from '@llmd/plugin-llmd-common';
import { prometheusSuccess } from '@llmd/plugin-llmd-node/testUtils';
import {
  healthyPrometheus,
  type MetricsTestBackend,
  startMetricsTestBackend,
} from '../metrics/__testUtils__/metricsTestBackend';

describe('GET /api/llmd/models/:namespace/:name/metrics', () => {
  describe('with a healthy Prometheus', () => {
    let t: MetricsTestBackend;
    beforeAll(async () => {
      t = await startMetricsTestBackend({
        prod: { auth: { type: 'serviceAccountToken', token: 'prom-token' } },
      });
    });
    afterAll(() => t.stop());

    it('answers every metric of a model from range queries, current at the end of the range', async () => {
      const res = await t.get('/models/team-a/granite-8b/metrics?range=15m');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        cluster: 'prod',
        namespace: 'team-a',
        name: 'granite-8b',
        state: 'ok',
        range: '15m',
        stepSeconds: 15,
        source: {
          type: 'prometheus',
          url: t.prometheus.url,
          namespaceTenancy: false,
          names: { vllm: 'vllm:*', epp: 'llm_d_epp_*' },
          selector: 'llm_isvc_name',
        },
        warnings: [],
      });
      // no prefill pool: no P/D rate
      expect(Object.keys(res.body.metrics).sort()).toEqual(
        MODEL_METRIC_IDS.filter(id => id !== 'pdDisaggregatedRate').sort(),
      );
      const ttft = res.body.metrics.ttftP95Seconds;
      expect(ttft.current).toBe(0.5);
      expect(ttft.points).toHaveLength(61);
      expect(ttft.points[60][0]).toBe(res.body.evaluatedAt);
      const paths = t.prometheus.requests.map(r => r.path);
      expect(paths.filter(p => p === '/api/v1/query_range')).toHaveLength(13);
      expect(paths.slice(0, 2)).toEqual([
        '/api/v1/label/__name__/values',
        '/api/v1/series',
      ]);
      for (const r of t.prometheus.requests) {
        expect(r.authorization).toBe('Bearer prom-token');
      }
    });

    it('adds the P/D rate for a model with a prefill pool, and reuses the name detection', async () => {
      const before = t.prometheus.requests.length;
      const res = await t.get('/models/team-a/qwen-pd/metrics?cluster=prod');
      expect(res.status).toBe(200);
      expect(res.body.range).toBe('1h');
      expect(res.body.metrics.pdDisaggregatedRate.current).toBe(0.5);
      const made = t.prometheus.requests.slice(before).map(r => r.path);
      // names cached: one series lookup and one range query per metric
      expect(made.filter(p => p === '/api/v1/label/__name__/values')).toEqual(
        [],
      );
      expect(made).toHaveLength(1 + MODEL_METRIC_IDS.length);
    });

    it('serves an answer again for 15 s and joins concurrent callers', async () => {
      const path = '/models/team-a/granite-8b/metrics?range=6h';
      const [a, b] = await Promise.all([t.get(path), t.get(path)]);
      const count = t.prometheus.requests.length;
      const c = await t.get(path);
      expect(t.prometheus.requests.length).toBe(count);
      expect(a.body).toEqual(b.body);
      expect(c.body).toEqual(a.body);
      expect(a.body.stepSeconds).toBe(300);
    });

    it('says how to configure metrics for a cluster without them', async () => {
      const res = await t.get('/models/team-b/llama/metrics');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        cluster: 'staging',
        state: 'not-configured',
        metrics: {},
      });
      expect(res.body.source).toBeUndefined();
      expect(res.body.warnings).toEqual([
        expect.stringMatching(
          /^Metrics are not configured for cluster staging: set llmd.clusters\[\].metrics/,
        ),
      ]);
    });

    it.each([
      ['/models/team-a/nope/metrics', 404, 'No model service team-a/nope'],
      [
        '/models/team-b/llama/metrics?cluster=prod',
        404,
        'No model service team-b/llama on cluster prod',
      ],
      ['/models/team-a/granite-8b/metrics?range=2d', 400, 'Invalid query'],
      ['/models/team-a/granite-8b/metrics?step=1', 400, 'Invalid query'],
    ])('%s → %i', async (path, status, message) => {
      const res = await t.get(path);
      expect(res.status).toBe(status);
      expect(res.body.error.message).toContain(message);
    });
  });

  describe('when Prometheus fails', () => {
    let t: MetricsTestBackend;
    beforeAll(async () => {
      t = await startMetricsTestBackend({ prod: { timeoutMs: 300 } });
    });
    afterAll(() => t.stop());

    it.each([
      {
        what: 'answers 503',
        answer: () => ({ status: 503, text: 'Service Unavailable' }),
        message:
          /^Prometheus at http:\/\/127\.0\.0\.1:\d+ answered 503: Service Unavailable$/,
      },
      {
        what: 'does not answer',
        answer: () => 'hang' as const,
        message:
          /^Prometheus at http:\/\/127\.0\.0\.1:\d+ did not answer within 300 ms$/,
      },
    ])(
      'answers 502 in words when Prometheus $what',
      async ({ answer, message }) => {
        t.prometheus.answer(answer);
        const res = await t.get('/models/team-a/granite-8b/metrics');
        expect(res.status).toBe(502);
        expect(res.body.error.name).toBe('PrometheusRequestError');
        expect(res.body.error.message).toMatch(message);
        expect(res.body.error.stack).toBeUndefined();
        expect(res.body.response).toEqual({ statusCode: 502 });
      },
    );
  });

  describe('what Prometheus has decides the state and the names', () => {
    let t: MetricsTestBackend;
    beforeEach(async () => {
      t = await startMetricsTestBackend();
    });
    afterEach(() => t.stop());

    it('is no-data, saying why, when Prometheus has no series of the model', async () => {
      t.prometheus.answer(req =>
        req.path === '/api/v1/series'
          ? prometheusSuccess([])
          : healthyPrometheus(req),
      );
      const res = await t.get('/models/team-a/granite-8b/metrics');
      expect(res.status).toBe(200);
      expect(res.body.state).toBe('no-data');
      expect(res.body.metrics.ttftP95Seconds).toEqual({
        current: null,
        points: [],
      });
      expect(res.body.warnings).toEqual([
        expect.stringMatching(
          /^Prometheus has no vllm:num_requests_running series of team-a\/granite-8b/,
        ),
      ]);
      expect(
        t.prometheus.requests.filter(r => r.path === '/api/v1/query_range'),
      ).toEqual([]);
    });

    it('reads legacy kserve_ names and says so', async () => {
      const legacy = [
        'kserve_vllm:time_per_output_token_seconds_bucket',
        'kserve_vllm:gpu_cache_usage_perc',
        'kserve_vllm:num_requests_running',
        'kserve_vllm:request_success_total',
      ];
      t.prometheus.answer(req =>
        req.path === '/api/v1/label/__name__/values'
          ? prometheusSuccess(legacy)
          : healthyPrometheus(req),
      );
      const res = await t.get('/models/team-a/granite-8b/metrics');
      expect(res.status).toBe(200);
      expect(res.body.source.names).toEqual({
        vllm: 'kserve_vllm:* (OpenShift AI prefixed), legacy names',
      });
      expect(res.body.metrics.itlP95Seconds.current).toBe(0.5);
      expect(res.body.metrics.ttftP95Seconds.points).toEqual([]);
      const queries = t.prometheus.requests
        .filter(r => r.path === '/api/v1/query_range')
        .map(r => r.params.get('query'));
      expect(queries).toHaveLength(5);
      expect(queries).toContain(
        'avg(kserve_vllm:gpu_cache_usage_perc{namespace="team-a",llm_isvc_name="granite-8b"})',
      );
      expect(res.body.warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^vLLM metrics \(kserve_vllm:\*\) are read/),
          expect.stringMatching(
            /^ITL is read from kserve_vllm:time_per_output_token_seconds/,
          ),
          expect.stringMatching(/^Prometheus has no TTFT metric/),
        ]),
      );
    });
  });

  it('answers 502 when nothing listens at the Prometheus URL', async () => {
    const t = await startMetricsTestBackend();
    try {
      await t.prometheus.stop();
      const res = await t.get('/models/team-a/granite-8b/metrics');
      expect(res.status).toBe(502);
      expect(res.body.error.message).toMatch(
        /^Prometheus at http:\/\/127\.0\.0\.1:\d+ could not be reached: connection refused/,
      );
    } finally {
      await t.backend.stop();
    }
  });

  it('needs llmd.model.read and asks Prometheus nothing without it', async () => {
    const t = await startMetricsTestBackend({
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    try {
      const res = await t.get('/models/team-a/granite-8b/metrics');
      expect(res.status).toBe(403);
      expect(t.prometheus.requests).toEqual([]);
    } finally {
      await t.stop();
    }
  });
});
