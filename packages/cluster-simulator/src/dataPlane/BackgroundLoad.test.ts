import { eventually } from '@internal/test-support';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { AccessControl } from '../AccessControl';
import { KubeObject } from '../types';
import { BACKGROUND_MAX_IN_FLIGHT, BackgroundLoad } from './BackgroundLoad';
import { StoreReader } from './StoreReader';

/** A Ready model whose `status.url` is `url`. */
function readyModel(name: string, url: string, ready = true): KubeObject {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: { namespace: 'team-a', name },
    status: {
      url,
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    },
  };
}

describe('the background load of the data plane', () => {
  let server: http.Server;
  let base: string;
  const held: http.ServerResponse[] = [];
  const seen: Array<{ path: string; authorization?: string; body: any }> = [];
  let maxInFlight = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', c => chunks.push(c));
      req.on('end', () => {
        seen.push({
          path: req.url ?? '',
          authorization: req.headers.authorization,
          body: JSON.parse(Buffer.concat(chunks).toString()),
        });
        held.push(res); // never answered until the load stops: in-flight requests pile up
        maxInFlight = Math.max(
          maxInFlight,
          held.filter(r => !r.destroyed).length,
        );
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    held.forEach(res => res.destroy());
    return new Promise(resolve => server.close(resolve));
  });

  it('sends authorised requests to Ready models on loopback, never more than a few at once, and stops', async () => {
    const models = [
      ...Array.from({ length: 6 }, (_, i) =>
        readyModel(`m${i}`, `${base}/team-a/m${i}`),
      ),
      readyModel('not-ready', `${base}/team-a/not-ready`, false),
      readyModel('elsewhere', 'http://10.0.0.1/team-a/elsewhere'),
    ];
    const reader = { list: () => models } as unknown as StoreReader;
    const access = new AccessControl();
    const load = new BackgroundLoad({
      reader,
      access,
      requestsPerSecond: 20,
      log: () => {},
    });
    try {
      await eventually(
        'the in-flight limit reached',
        () => seen.length >= BACKGROUND_MAX_IN_FLIGHT,
      );
      // Further ticks find the budget spent and send nothing.
      await new Promise(resolve => setTimeout(resolve, 200));
      expect(seen).toHaveLength(BACKGROUND_MAX_IN_FLIGHT);
      expect(maxInFlight).toBe(BACKGROUND_MAX_IN_FLIGHT);
    } finally {
      load.stop();
    }
    expect(
      seen.every(r => /^\/team-a\/m\d\/v1\/(chat\/)?completions$/.test(r.path)),
    ).toBe(true);
    const token = seen[0].authorization!.replace(/^Bearer /, '');
    expect(access.identityOf(token)?.user).toBe(
      'system:serviceaccount:cluster-simulator:background-load',
    );
    expect(seen.map(r => r.body.max_tokens)).toEqual([8, 8, 8, 8]); // each model starts its own sequence
    const sent = load.requestCount;
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(load.requestCount).toBe(sent);
  });
});
