import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { KubeObject } from '@llmd/plugin-llmd-node';
import request from 'supertest';
import {
  type LlmdTestBackend,
  readOnlyTestBackend,
  startLlmdTestBackend,
} from '../__testUtils__/startLlmdTestBackend';
import { createTestCache } from '../__testUtils__/testCache';
import { granite } from '../__testUtils__/testObjects';

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

describe('GET /api/llmd/models: pages, ETags and changes', () => {
  const cache = createTestCache();
  let backend: LlmdTestBackend;
  beforeAll(async () => {
    backend = await startLlmdTestBackend({ cache });
  });
  afterAll(() => backend.stop());
  const get = (query: string, etag?: string) => {
    const req = request(backend.server)
      .get(`/api/llmd/models${query}`)
      .set('Authorization', mockCredentials.user.header());
    return etag ? req.set('If-None-Match', etag) : req;
  };

  it('pages with a cursor, each model once, in the requested order', async () => {
    const first = await get('?limit=3&sort=-cluster');
    expect(first.body.totalCount).toBe(4);
    expect(first.body.items).toHaveLength(3);
    const second = await get(
      `?limit=3&sort=-cluster&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.nextCursor).toBeUndefined();
    expect(
      [...first.body.items, ...second.body.items].map(
        (m: any) => `${m.cluster}/${m.namespace}/${m.name}`,
      ),
    ).toEqual([
      'staging/team-a/granite-8b',
      'staging/team-b/llama',
      'prod/team-a/granite-8b',
      'prod/team-a/qwen-pd',
    ]);
  });

  it('answers facets for the filter chips', async () => {
    const res = await get('?cluster=staging');
    expect(res.body.facets.tenant).toEqual({ 'team-a': 1, 'team-b': 1 });
    // the cluster facet ignores the cluster filter
    expect(res.body.facets.cluster).toEqual({ prod: 2, staging: 2 });
    expect(Object.values(res.body.facets.routing as object)).toEqual(
      expect.arrayContaining([expect.any(Number)]),
    );
  });

  it('answers 304 for a matching If-None-Match, and a new page after a cache event', async () => {
    const res = await get('?tenant=team-a');
    const etag = res.headers.etag;
    expect(etag).toMatch(/^W\/"/);
    const same = await get('?tenant=team-a', etag);
    expect(same.status).toBe(304);
    expect(same.body).toEqual({});
    // another query is another answer
    expect((await get('?tenant=team-b', etag)).status).toBe(200);

    // granite-8b on prod becomes not ready: the page changes, and so does its ETag
    cache.put('prod', {
      ...granite,
      status: { conditions: [{ type: 'Ready', status: 'False' }] },
    } as KubeObject);
    const changed = await get('?tenant=team-a', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(
      changed.body.items.find(
        (m: any) => m.cluster === 'prod' && m.name === 'granite-8b',
      ).ready,
    ).toBe(false);
    const notReady = await get('?ready=false&cluster=prod');
    expect(notReady.body.items.map((m: any) => m.name)).toEqual([
      'granite-8b',
      'qwen-pd',
    ]);
  });

  it('still asks for llmd.model.read before answering 304', async () => {
    const res = await get('');
    const denied = await startLlmdTestBackend({
      cache: createTestCache(),
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    try {
      const refused = await request(denied.server)
        .get('/api/llmd/models')
        .set('Authorization', mockCredentials.user.header())
        .set('If-None-Match', res.headers.etag);
      expect(refused.status).toBe(403);
    } finally {
      await denied.stop();
    }
  });
});
