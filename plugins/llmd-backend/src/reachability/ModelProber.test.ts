import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { DEFAULT_CLUSTER_PROBE_CONFIG } from '@llmd/plugin-llmd-node';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import { granite } from '../__testUtils__/testObjects';
import { ModelProber } from './ModelProber';

const TOKEN = 'minted-probe-token';

/** A model gateway on loopback: 401 without the minted token, a model list with it; `hold` delays answers. */
async function startGateway() {
  const state = { inFlight: 0, maxInFlight: 0, hold: Promise.resolve() };
  const seen: { path?: string; authorization?: string }[] = [];
  const server = http.createServer(async (req, res) => {
    seen.push({ path: req.url, authorization: req.headers.authorization });
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    await state.hold;
    state.inFlight -= 1;
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401).end();
    } else {
      const id = req.url?.split('/')[2];
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: [{ id }] }));
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    seen,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function modelAt(host: string, name: string, annotations = {}) {
  return {
    ...granite,
    metadata: {
      ...granite.metadata,
      name,
      annotations: { ...granite.metadata.annotations, ...annotations },
    },
    status: { ...granite.status, url: `http://${host}/team-a/${name}` },
  };
}

describe('ModelProber', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeEach(async () => {
    gateway = await startGateway();
  });
  afterEach(() => gateway.close());

  function setup(concurrency = 4) {
    const cache = llmdClusterCacheMock({
      clusters: ['prod', 'off'],
      objects: [
        { cluster: 'prod', object: modelAt(gateway.host, 'granite-8b') },
        { cluster: 'prod', object: modelAt(gateway.host, 'other') },
        {
          cluster: 'prod',
          object: modelAt(gateway.host, 'open', {
            'security.opendatahub.io/enable-auth': 'false',
          }),
        },
        { cluster: 'off', object: modelAt(gateway.host, 'granite-8b') },
      ],
    });
    cache.token = TOKEN;
    let now = Date.parse('2026-01-01T00:00:00Z');
    const prober = new ModelProber({
      cache,
      probeConfigs: new Map([
        [
          'prod',
          {
            ...DEFAULT_CLUSTER_PROBE_CONFIG,
            enabled: true,
            timeoutMs: 2000,
            concurrency,
          },
        ],
      ]),
      now: () => now,
    });
    return { cache, prober, advance: (ms: number) => (now += ms) };
  }
  const model = (name: string, cluster = 'prod') => ({
    cluster,
    namespace: 'team-a',
    name,
  });

  it('probes anonymously and with a minted token, and keeps the result 30 s', async () => {
    const { cache, prober, advance } = setup();
    const result = await prober.probe(model('granite-8b'));
    expect(result).toEqual({
      url: `http://${gateway.host}/team-a/granite-8b/v1/models`,
      probedAt: '2026-01-01T00:00:00.000Z',
      anonymous: { status: 401, latencyMs: expect.any(Number) },
      authenticated: {
        status: 200,
        latencyMs: expect.any(Number),
        models: ['granite-8b'],
      },
    });
    expect(cache.tokenRequests).toEqual([
      expect.objectContaining({
        cluster: 'prod',
        namespace: 'team-a',
        serviceAccountName: 'granite-8b-client',
        expirationSeconds: 600,
      }),
    ]);
    expect(prober.cached(model('granite-8b'))).toBe(result);
    advance(29_999);
    expect(prober.cached(model('granite-8b'))).toBe(result);
    advance(1);
    expect(prober.cached(model('granite-8b'))).toBeUndefined();
  });

  it('does not mint a token for a model with auth off', async () => {
    const { cache, prober } = setup();
    const result = await prober.probe(model('open'));
    expect(result.anonymous.status).toBe(401);
    expect(result.authenticated).toBeUndefined();
    expect(cache.tokenRequests).toEqual([]);
  });

  it('makes only the anonymous request when no token could be minted', async () => {
    const { cache, prober } = setup();
    cache.mintError = new NotFoundError('No ServiceAccount granite-8b-client');
    const result = await prober.probe(model('granite-8b'));
    expect(result.anonymous.status).toBe(401);
    expect(result.authenticated).toBeUndefined();
    expect(gateway.seen).toHaveLength(1);
  });

  it('refuses clusters without probing, unknown clusters and models', async () => {
    const { prober } = setup();
    expect(prober.enabled('prod')).toBe(true);
    expect(prober.enabled('off')).toBe(false);
    await expect(prober.probe(model('granite-8b', 'off'))).rejects.toThrow(
      new ConflictError(
        'Probing is not enabled for cluster off: set llmd.clusters[].probe.enabled: true for it in app-config',
      ),
    );
    await expect(prober.probe(model('granite-8b', 'nope'))).rejects.toThrow(
      NotFoundError,
    );
    await expect(prober.probe(model('missing'))).rejects.toThrow(
      'No model service team-a/missing on cluster prod',
    );
    expect(gateway.seen).toEqual([]);
  });

  it('coalesces concurrent probes of one model into one set of requests', async () => {
    const { cache, prober } = setup();
    const [a, b] = await Promise.all([
      prober.probe(model('granite-8b')),
      prober.probe(model('granite-8b')),
    ]);
    expect(a).toBe(b);
    expect(gateway.seen).toHaveLength(2);
    expect(cache.tokenRequests).toHaveLength(1);
    // once it is done, the next call probes again
    await prober.probe(model('granite-8b'));
    expect(gateway.seen).toHaveLength(4);
  });

  it('probes at most probe.concurrency models of a cluster at once', async () => {
    const { prober } = setup(1);
    let release = () => {};
    gateway.state.hold = new Promise<void>(resolve => {
      release = resolve;
    });
    const probes = Promise.all([
      prober.probe(model('granite-8b')),
      prober.probe(model('other')),
    ]);
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(gateway.state.inFlight).toBe(1);
    release();
    const results = await probes;
    expect(results.map(r => r.authenticated?.models)).toEqual([
      ['granite-8b'],
      ['other'],
    ]);
    expect(gateway.state.maxInFlight).toBe(1);
  });
});
