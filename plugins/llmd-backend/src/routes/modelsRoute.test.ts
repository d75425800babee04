import { readOnlyTestBackend } from '../__testUtils__/startLlmdTestBackend';

describe('GET /api/llmd/models', () => {
  const getAsUser = readOnlyTestBackend();
  const get = (query: string) => getAsUser(`/models${query}`);

  it('summarises every cached model on every cluster, by name', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((m: any) => `${m.cluster}/${m.namespace}/${m.name}`),
    ).toEqual([
      'prod/team-a/granite-8b',
      'staging/team-a/granite-8b',
      'staging/team-b/llama',
      'prod/team-a/qwen-pd',
    ]);
    expect(res.body.totalCount).toBe(4);
    expect(res.body.nextCursor).toBeUndefined();
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
    expect(res.body.items[3]).toMatchObject({
      name: 'qwen-pd',
      ready: false,
      replicas: { decode: 1, prefill: 2 },
      authEnabled: false,
      // no status yet: derived from the Gateway
      endpoints: ['http://10.0.0.5/team-a/qwen-pd/v1'],
    });
    expect(res.body.items[1]).toMatchObject({
      cluster: 'staging',
      stale: true,
    });
  });

  it('filters by cluster and tenant (namespace)', async () => {
    const byCluster = await get('?cluster=staging');
    expect(byCluster.body.items.map((m: any) => m.name)).toEqual([
      'granite-8b',
      'llama',
    ]);
    const both = await get('?cluster=staging&tenant=team-b');
    expect(both.body.items.map((m: any) => m.name)).toEqual(['llama']);
    const none = await get('?tenant=team-c');
    expect(none.body.items).toEqual([]);
    expect(none.body.totalCount).toBe(0);
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
    const badTenant = await get('?tenant=Team_A');
    expect(badTenant.status).toBe(400);
    expect(badTenant.body.error.name).toBe('InputError');
    expect(badTenant.body.error.message).toContain('tenant:');
    // the filter is called tenant
    expect((await get('?namespace=team-a')).status).toBe(400);
    expect((await get('?limit=0')).status).toBe(400);
    expect((await get('?sort=size')).status).toBe(400);
    const badCursor = await get('?cursor=not-a-cursor');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toContain('cursor:');
    const unknown = await get('?token=abc');
    expect(unknown.status).toBe(400);
    // input values are never echoed back
    expect(unknown.body.error.message).not.toContain('abc');
    const repeated = await get('?cluster=prod&cluster=staging');
    expect(repeated.status).toBe(400);
  });
});
