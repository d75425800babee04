import { createServer } from 'node:net';
import type { ClusterMetricsConfig } from './clusterMetricsConfig';
import { PrometheusClient } from './PrometheusClient';
import {
  type FakePrometheus,
  prometheusSuccess,
  startFakePrometheus,
} from '../testUtils/startFakePrometheus';

const TOKEN = 'secret-sa-token-123';

function configFor(
  url: string,
  more: Partial<ClusterMetricsConfig> = {},
): ClusterMetricsConfig {
  return {
    type: 'prometheus',
    url,
    auth: { type: 'serviceAccountToken', token: TOKEN },
    namespaceTenancy: false,
    skipTLSVerify: false,
    timeoutMs: 5000,
    concurrency: 4,
    ...more,
  };
}

describe('PrometheusClient', () => {
  let prom: FakePrometheus;
  const clients: PrometheusClient[] = [];
  const clientFor = (more: Partial<ClusterMetricsConfig> = {}) => {
    const client = new PrometheusClient(configFor(prom.url, more));
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    prom = await startFakePrometheus();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()));
    await prom.stop();
  });

  it('sends each API call as a GET with its parameters and the token only in Authorization', async () => {
    const data: Record<string, unknown> = {
      '/api/v1/query_range': {
        resultType: 'matrix',
        result: [{ metric: {}, values: [[10, '1']] }],
      },
      '/api/v1/query': {
        resultType: 'vector',
        result: [{ metric: { a: 'b' }, value: [10, '2'] }],
      },
      '/api/v1/series': [{ __name__: 'up', namespace: 'ns' }],
      '/api/v1/label/__name__/values': ['vllm:num_requests_running'],
    };
    prom.answer(req => prometheusSuccess(data[req.path]));
    const client = clientFor();
    expect(await client.query('up', 10)).toEqual([
      { metric: { a: 'b' }, value: [10, '2'] },
    ]);
    expect(
      await client.queryRange('up', { start: 0, end: 10, step: 5 }),
    ).toEqual([{ metric: {}, values: [[10, '1']] }]);
    expect(
      await client.labelValues('__name__', ['{a="1"}', '{b="2"}'], {
        start: 0,
        end: 10,
      }),
    ).toEqual(['vllm:num_requests_running']);
    expect(await client.series(['up'], { start: 0, end: 10 })).toEqual([
      { __name__: 'up', namespace: 'ns' },
    ]);
    expect(client.requestCount).toBe(4);
    expect(prom.requests.map(r => r.path)).toEqual([
      '/api/v1/query',
      '/api/v1/query_range',
      '/api/v1/label/__name__/values',
      '/api/v1/series',
    ]);
    expect(prom.requests[1].params.get('step')).toBe('5');
    expect(prom.requests[2].params.getAll('match[]')).toEqual([
      '{a="1"}',
      '{b="2"}',
    ]);
    for (const r of prom.requests) {
      expect(r.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.params.toString()).not.toContain(TOKEN);
      expect(r.params.has('namespace')).toBe(false);
    }
  });

  it('adds ?namespace= with namespaceTenancy, and needs it', async () => {
    prom.answer(() => prometheusSuccess({ resultType: 'vector', result: [] }));
    const client = clientFor({
      namespaceTenancy: true,
      auth: { type: 'none' },
    });
    await client.query('up', 1, { namespace: 'team-a' });
    expect(prom.requests[0].params.get('namespace')).toBe('team-a');
    expect(prom.requests[0].authorization).toBeUndefined();
    await expect(client.query('up', 1)).rejects.toThrow(/needs a namespace/);
  });

  it.each([
    {
      what: '503 with text',
      answer: { status: 503, text: 'Service Unavailable\n' },
      message:
        /^Prometheus at http:\/\/127\.0\.0\.1:\d+ answered 503: Service Unavailable$/,
    },
    {
      what: "a query error in Prometheus' JSON",
      answer: {
        status: 400,
        json: {
          status: 'error',
          errorType: 'bad_data',
          error: 'parse error at char 3',
        },
      },
      message: /answered 400: parse error at char 3$/,
    },
    {
      what: '403 on the tenancy port',
      answer: { status: 403, text: 'Forbidden' },
      tenancy: true,
      message:
        /answered 403 \(the token may not `get pods` in this namespace.*\): Forbidden$/,
    },
    {
      what: '401',
      answer: { status: 401, text: 'Unauthorized' },
      message:
        /answered 401 \(the token in llmd.clusters\[\].metrics.auth is missing or not accepted\)/,
    },
    {
      what: 'HTML from a proxy',
      answer: { status: 200, text: '<html>login</html>' },
      message: /answered 200 with something that is not Prometheus API JSON$/,
    },
    {
      what: 'a matrix where a vector was expected',
      answer: {
        json: { status: 'success', data: { resultType: 'matrix', result: [] } },
      },
      message: /answered a matrix where a vector was expected/,
    },
  ])('says what went wrong: $what', async ({ answer, message, tenancy }) => {
    prom.answer(() => answer);
    const client = clientFor({ namespaceTenancy: tenancy ?? false });
    const error = await client
      .query('up', 1, { namespace: 'team-a' })
      .catch(e => e);
    expect(error.name).toBe('PrometheusRequestError');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('query=');
  });

  it('gives up after timeoutMs', async () => {
    prom.answer(() => 'hang');
    const error = await clientFor({ timeoutMs: 200 })
      .query('up', 1)
      .catch(e => e);
    expect(error.message).toMatch(
      /^Prometheus at http:\/\/127\.0\.0\.1:\d+ did not answer within 200 ms$/,
    );
  });

  it('says when nothing listens', async () => {
    const port = await new Promise<number>(resolve => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const p = (server.address() as { port: number }).port;
        server.close(() => resolve(p));
      });
    });
    const client = new PrometheusClient(configFor(`http://127.0.0.1:${port}`));
    clients.push(client);
    const error = await client.query('up', 1).catch(e => e);
    expect(error.message).toBe(
      `Prometheus at http://127.0.0.1:${port} could not be reached: connection refused (nothing listens there)`,
    );
  });
});
