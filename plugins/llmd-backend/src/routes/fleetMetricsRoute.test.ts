import {
  type MetricsTestBackend,
  startMetricsTestBackend,
} from '../metrics/__testUtils__/metricsTestBackend';

const PROD_GRANITE = {
  cluster: 'prod',
  namespace: 'team-a',
  name: 'granite-8b',
};
const PROD_QWEN = { cluster: 'prod', namespace: 'team-a', name: 'qwen-pd' };
const STAGING_GRANITE = {
  cluster: 'staging',
  namespace: 'team-a',
  name: 'granite-8b',
};
const STAGING_LLAMA = {
  cluster: 'staging',
  namespace: 'team-b',
  name: 'llama',
};
const NUMBERS = {
  state: 'ok',
  ttftP95Seconds: 0.5,
  requestsPerSecond: 0.5,
  kvCacheUsage: 0.5,
};

describe('POST /api/llmd/metrics/fleet', () => {
  let t: MetricsTestBackend;
  afterEach(() => t.stop());

  it('answers the visible page from one query per column and cluster, not one per row', async () => {
    t = await startMetricsTestBackend();
    const res = await t.post('/metrics/fleet').send({
      models: [
        PROD_GRANITE,
        { cluster: 'prod', namespace: 'team-a', name: 'unknown' },
        STAGING_GRANITE,
        PROD_QWEN,
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { ...PROD_GRANITE, ...NUMBERS },
      {
        ...STAGING_GRANITE,
        state: 'not-configured',
        ttftP95Seconds: null,
        requestsPerSecond: null,
        kvCacheUsage: null,
      },
      { ...PROD_QWEN, ...NUMBERS },
    ]);
    expect(res.body.warnings).toEqual([
      expect.stringMatching(/^Metrics are not configured for cluster staging/),
    ]);
    const paths = t.prometheus.requests.map(r => r.path);
    expect(paths).toEqual([
      '/api/v1/label/__name__/values',
      '/api/v1/query',
      '/api/v1/query',
      '/api/v1/query',
    ]);
    for (const r of t.prometheus.requests.slice(1)) {
      expect(r.params.get('query')).not.toContain('=~');
    }
    // the next page view within 15 s costs no query
    await t.post('/metrics/fleet').send({ models: [PROD_QWEN] });
    expect(t.prometheus.requests).toHaveLength(4);
  });

  it('asks a tenancy port once per namespace', async () => {
    t = await startMetricsTestBackend({ staging: { namespaceTenancy: true } });
    const res = await t.post('/metrics/fleet').send({
      models: [STAGING_GRANITE, STAGING_LLAMA],
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { ...STAGING_GRANITE, ...NUMBERS },
      { ...STAGING_LLAMA, ...NUMBERS },
    ]);
    const byNamespace = (ns: string) =>
      t.prometheus.requests.filter(r => r.params.get('namespace') === ns);
    expect(byNamespace('team-a')).toHaveLength(4);
    expect(byNamespace('team-b')).toHaveLength(4);
    expect(t.prometheus.requests).toHaveLength(8);
  });

  it('marks the models of a failing Prometheus unavailable and says why', async () => {
    t = await startMetricsTestBackend();
    t.prometheus.answer(() => ({ status: 503, text: 'down for maintenance' }));
    const res = await t.post('/metrics/fleet').send({
      models: [PROD_GRANITE, PROD_QWEN],
    });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: any) => i.state)).toEqual([
      'unavailable',
      'unavailable',
    ]);
    expect(res.body.warnings).toEqual([
      expect.stringMatching(
        /^Cluster prod: Prometheus at http:\/\/127\.0\.0\.1:\d+ answered 503: down for maintenance$/,
      ),
    ]);
  });

  it.each([
    [{ models: [{ ...PROD_GRANITE, extra: 1 }] }, 'Invalid body'],
    [{}, 'Invalid body'],
    [{ models: Array(501).fill(PROD_GRANITE) }, 'Invalid body'],
  ])('refuses a bad body %#', async (body, message) => {
    t = await startMetricsTestBackend();
    const res = await t.post('/metrics/fleet').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect(t.prometheus.requests).toEqual([]);
  });
});
