import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ClusterSimulator,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { modelsListUrl } from './modelsListUrl';
import { probeModelEndpoint } from './probeModelEndpoint';

const TOKEN = 'probe-token-value';

/** A vLLM-like `/v1/models` on loopback: 401 without the token, a model list with it. */
function startModelServer(handler?: http.RequestListener) {
  const requests: { url?: string; authorization?: string }[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, authorization: req.headers.authorization });
    if (handler) {
      handler(req, res);
    } else if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401).end('unauthorized');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          object: 'list',
          data: [{ id: 'ibm-granite/granite-3.3-8b-instruct' }, { id: 7 }],
        }),
      );
    }
  });
  return new Promise<{
    base: string;
    requests: typeof requests;
    close: () => Promise<void>;
  }>(resolve => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        base: `http://127.0.0.1:${port}/team-a/granite-8b/v1`,
        requests,
        close: () =>
          new Promise<void>(done => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

describe('modelsListUrl', () => {
  it('appends /models to a base URL ending in /v1 and /v1/models otherwise', () => {
    expect(modelsListUrl('http://gw/team-a/m/v1')).toBe(
      'http://gw/team-a/m/v1/models',
    );
    expect(modelsListUrl('http://gw/team-a/m/v1/')).toBe(
      'http://gw/team-a/m/v1/models',
    );
    expect(modelsListUrl('https://gw:8443/team-a/m')).toBe(
      'https://gw:8443/team-a/m/v1/models',
    );
  });
});

describe('probeModelEndpoint', () => {
  it('GETs <endpoint>/v1/models anonymously and with the token in the Authorization header only', async () => {
    const server = await startModelServer();
    try {
      const anonymous = await probeModelEndpoint({
        url: server.base,
        timeoutMs: 2000,
      });
      expect(anonymous).toEqual({ status: 401, latencyMs: expect.any(Number) });

      const authenticated = await probeModelEndpoint({
        url: server.base,
        token: TOKEN,
        timeoutMs: 2000,
      });
      expect(authenticated).toEqual({
        status: 200,
        latencyMs: expect.any(Number),
        models: ['ibm-granite/granite-3.3-8b-instruct'],
      });
      expect(server.requests).toEqual([
        { url: '/team-a/granite-8b/v1/models', authorization: undefined },
        {
          url: '/team-a/granite-8b/v1/models',
          authorization: `Bearer ${TOKEN}`,
        },
      ]);
    } finally {
      await server.close();
    }
  });

  it('reports a 200 that is not a model list, a timeout and a refused connection in words', async () => {
    const notAList = await startModelServer((_req, res) => {
      res.writeHead(200).end('<html>welcome</html>');
    });
    const silent = await startModelServer(() => {
      // never answers
    });
    try {
      expect(
        await probeModelEndpoint({ url: notAList.base, timeoutMs: 2000 }),
      ).toMatchObject({
        status: 200,
        error: 'the answer is not an OpenAI model list (JSON with data[].id)',
      });
      const timedOut = await probeModelEndpoint({
        url: silent.base,
        timeoutMs: 200,
      });
      expect(timedOut).toEqual({
        latencyMs: expect.any(Number),
        error: 'no answer within 200 ms',
      });
      expect(timedOut.latencyMs).toBeGreaterThanOrEqual(150);
    } finally {
      await notAList.close();
      await silent.close();
    }
    // the port is closed now
    expect(
      await probeModelEndpoint({ url: notAList.base, timeoutMs: 2000 }),
    ).toMatchObject({
      error: 'connection refused: nothing listens at the endpoint address',
    });
  });

  describe('over TLS', () => {
    let sim: ClusterSimulator;
    beforeAll(async () => {
      // any HTTPS server with its own CA will do: the simulated API server answers 404 for a model path
      sim = await startClusterSimulator({ tls: true });
    });
    afterAll(() => sim.close());

    it('trusts the configured CA (base64 or PEM), refuses an unknown one unless told to skip verification', async () => {
      const url = `${sim.url}/team-a/granite-8b/v1`;
      const pem = Buffer.from(sim.caData!, 'base64').toString('utf8');
      expect(
        await probeModelEndpoint({ url, timeoutMs: 2000, ca: sim.caData }),
      ).toMatchObject({ status: expect.any(Number) });
      expect(
        await probeModelEndpoint({ url, timeoutMs: 2000, ca: pem }),
      ).toMatchObject({ status: expect.any(Number) });
      const untrusted = await probeModelEndpoint({ url, timeoutMs: 2000 });
      expect(untrusted.status).toBeUndefined();
      expect(untrusted.error).toMatch(/^TLS: \w+ \(set probe.caData/);
      expect(
        await probeModelEndpoint({ url, timeoutMs: 2000, skipTLSVerify: true }),
      ).toMatchObject({ status: expect.any(Number) });
    });
  });
});
