import { readOnlyTestBackend } from '../__testUtils__/startLlmdTestBackend';

describe('GET /api/llmd/models', () => {
  const getAsUser = readOnlyTestBackend();
  const get = (query: string) => getAsUser(`/models${query}`);

  it('summarises every cached model on every cluster', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((m: any) => `${m.cluster}/${m.namespace}/${m.name}`),
    ).toEqual([
      'prod/team-a/granite-8b',
      'prod/team-a/qwen-pd',
      'staging/team-a/granite-8b',
      'staging/team-b/llama',
    ]);
    expect(res.body.items[0]).toEqual({
      cluster: 'prod',
      namespace: 'team-a',
      name: 'granite-8b',
      entityRef: 'component:team-a/granite-8b',
      displayName: 'Granite 8B',
      owner: 'group:default/team-a',
      modelName: 'ibm-granite/granite-3.3-8b-instruct',
      ready: true,
      replicas: { decode: 2 },
      authEnabled: true,
      endpoints: ['http://10.0.0.5/team-a/granite-8b/v1'],
      stale: false,
      gpus: 2,
      routingPreset: 'default',
      // the fake cache holds no CRDs: the first link of the chain is broken
      reachability: {
        verdict: 'unreachable',
        step: 'crds',
        message: expect.any(String),
      },
    });
    expect(res.body.items[1]).toMatchObject({
      name: 'qwen-pd',
      ready: false,
      replicas: { decode: 1, prefill: 2 },
      authEnabled: false,
      // no status yet: derived from the Gateway
      endpoints: ['http://10.0.0.5/team-a/qwen-pd/v1'],
    });
    expect(res.body.items[2]).toMatchObject({
      cluster: 'staging',
      stale: true,
    });
  });

  it('filters by cluster and namespace', async () => {
    const byCluster = await get('?cluster=staging');
    expect(byCluster.body.items.map((m: any) => m.name)).toEqual([
      'granite-8b',
      'llama',
    ]);
    const both = await get('?cluster=staging&namespace=team-b');
    expect(both.body.items.map((m: any) => m.name)).toEqual(['llama']);
    const none = await get('?namespace=team-c');
    expect(none.body.items).toEqual([]);
  });

  it('answers 404 for an unknown cluster', async () => {
    const res = await get('?cluster=nowhere');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      name: 'NotFoundError',
      message: 'No cluster named nowhere',
    });
  });

  it('answers 400 for bad or unknown query parameters', async () => {
    const badNamespace = await get('?namespace=Team_A');
    expect(badNamespace.status).toBe(400);
    expect(badNamespace.body.error.name).toBe('InputError');
    expect(badNamespace.body.error.message).toContain('namespace:');
    const unknown = await get('?token=abc');
    expect(unknown.status).toBe(400);
    // input values are never echoed back
    expect(unknown.body.error.message).not.toContain('abc');
    const repeated = await get('?cluster=prod&cluster=staging');
    expect(repeated.status).toBe(400);
  });
});
