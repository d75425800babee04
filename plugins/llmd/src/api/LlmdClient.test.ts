import { ResponseError } from '@backstage/errors';
import { LlmdClient } from './LlmdClient';

function clientAnswering(status: number, body: unknown) {
  const fetch = jest.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const client = new LlmdClient({
    discoveryApi: { getBaseUrl: async () => 'http://127.0.0.1:7007/api/llmd' },
    fetchApi: { fetch } as any,
  });
  return { client, fetch };
}

describe('LlmdClient reachability calls', () => {
  it('asks for a cluster preflight and a model diagnosis, with the cluster when given', async () => {
    const { client, fetch } = clientAnswering(200, { clusters: [] });
    await client.getClusterPreflight('prod east');
    await client.getModelDiagnosis({ namespace: 'team-a', name: 'granite-8b' });
    await client.getModelDiagnosis({
      namespace: 'team-a',
      name: 'granite-8b',
      cluster: 'prod-east',
    });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://127.0.0.1:7007/api/llmd/clusters/prod%20east/preflight',
      'http://127.0.0.1:7007/api/llmd/models/team-a/granite-8b/diagnosis',
      'http://127.0.0.1:7007/api/llmd/models/team-a/granite-8b/diagnosis?cluster=prod-east',
    ]);
  });

  it('POSTs a probe, never from a cache, and throws the refusal as a ResponseError', async () => {
    const { client, fetch } = clientAnswering(409, {
      error: { name: 'ConflictError', message: 'Probing is off' },
      response: { statusCode: 409 },
    });
    const probe = client.probeModel({
      namespace: 'team-a',
      name: 'granite-8b',
      cluster: 'demo',
    });
    await expect(probe).rejects.toBeInstanceOf(ResponseError);
    await expect(probe).rejects.toMatchObject({
      body: { error: { message: 'Probing is off' } },
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://127.0.0.1:7007/api/llmd/models/team-a/granite-8b/probe?cluster=demo',
      { method: 'POST', cache: 'no-store' },
    );
  });
});
