import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  type LlmdTestBackend,
  startLlmdTestBackend,
} from '../__testUtils__/startLlmdTestBackend';
import { createTestCache } from '../__testUtils__/testCache';
import { qwenPd } from '../__testUtils__/testObjects';
import type { KubeObject } from '@llmd/plugin-llmd-node';

const POLICY = {
  rules: {
    'model-uri-allowed': {
      severity: 'deny',
      prefixes: ['oci://quay.io/redhat-ai-services/'],
    },
    'require-auth': { severity: 'deny' },
    'require-https': { severity: 'warn' },
    'owner-required': { severity: 'deny' },
  },
  overrides: [
    // staging's team-b may pull from Hugging Face
    {
      namespaces: ['team-b'],
      rules: { 'model-uri-allowed': { prefixes: ['hf://meta-llama/'] } },
    },
  ],
};

describe('GET /api/llmd/governance', () => {
  let backend: LlmdTestBackend;
  const get = (path: string) =>
    request(backend.server)
      .get(`/api/llmd${path}`)
      .set('Authorization', mockCredentials.user.header());

  describe('with a policy', () => {
    const cache = createTestCache();
    beforeAll(async () => {
      backend = await startLlmdTestBackend({
        cache,
        config: {
          llmd: {
            policy: POLICY,
            catalog: { owners: { 'team-b': 'group:default/team-b' } },
          },
        },
      });
    });
    afterAll(() => backend.stop());

    it('lists the findings of every live model and Gateway, fleet-wide', async () => {
      const res = await get('/governance');
      expect(res.status).toBe(200);
      expect(res.body.configured).toBe(true);
      expect(res.body.rules).toEqual([
        'model-uri-allowed',
        'require-auth',
        'require-https',
        'owner-required',
      ]);
      const summary = res.body.items.map((item: any) => [
        item.cluster,
        `${item.kind} ${item.namespace}/${item.name}`,
        item.entityRef,
        item.stale,
        item.findings.map((f: any) => `${f.severity} ${f.rule} ${f.path}`),
      ]);
      // cluster, then namespace, kind and name order
      expect(summary).toEqual([
        [
          'prod',
          'Gateway team-a/team-a-gateway',
          undefined,
          false,
          [expect.stringMatching(/^warn require-https spec\.listeners/)],
        ],
        [
          'prod',
          'LLMInferenceService team-a/qwen-pd',
          'component:team-a/qwen-pd',
          false,
          [
            'deny model-uri-allowed spec.model.uri',
            expect.stringMatching(/^deny require-auth metadata\.annotations/),
            expect.stringMatching(/^deny owner-required metadata/),
          ],
        ],
      ]);
      expect(res.body.totalCount).toBe(2);
      expect(res.body.nextCursor).toBeUndefined();
      expect(res.body.counts).toEqual({ deny: 3, warn: 1, objects: 2 });
    });

    it('counts findings per model in the list and details them per cluster', async () => {
      const list = await get('/models');
      const counts = Object.fromEntries(
        list.body.items.map((m: any) => [`${m.cluster}/${m.name}`, m.findings]),
      );
      expect(counts).toEqual({
        'prod/granite-8b': { deny: 0, warn: 0 },
        'prod/qwen-pd': { deny: 3, warn: 0 },
        'staging/granite-8b': { deny: 0, warn: 0 },
        'staging/llama': { deny: 0, warn: 0 },
      });
      const detail = await get('/models/team-a/qwen-pd');
      expect(detail.body.clusters[0].findings.map((f: any) => f.rule)).toEqual([
        'model-uri-allowed',
        'require-auth',
        'owner-required',
      ]);
    });

    it('pages and filters the objects, with counts over all of them', async () => {
      const first = await get('/governance?limit=1');
      expect(first.body.items.map((i: any) => i.kind)).toEqual(['Gateway']);
      expect(first.body.totalCount).toBe(2);
      const second = await get(
        `/governance?limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((i: any) => i.name)).toEqual(['qwen-pd']);
      expect(second.body.nextCursor).toBeUndefined();
      const denials = await get('/governance?severity=deny');
      expect(denials.body.items.map((i: any) => i.name)).toEqual(['qwen-pd']);
      expect(denials.body.totalCount).toBe(1);
      expect(denials.body.counts).toEqual({ deny: 3, warn: 1, objects: 2 });
      const byRule = await get('/governance?rule=require-https');
      expect(byRule.body.items.map((i: any) => i.kind)).toEqual(['Gateway']);
      const byText = await get('/governance?q=QWEN');
      expect(byText.body.items.map((i: any) => i.name)).toEqual(['qwen-pd']);
      expect((await get('/governance?tenant=team-b')).body.items).toEqual([]);
      expect((await get('/governance?cluster=staging')).body.totalCount).toBe(
        0,
      );
    });

    it('keeps pages and totals up to date as objects change', async () => {
      const before = await get('/governance?severity=deny');
      // qwen-pd gets an owner: one denial fewer
      cache.put('prod', {
        ...qwenPd,
        metadata: {
          ...qwenPd.metadata,
          annotations: {
            ...qwenPd.metadata.annotations,
            'backstage.io/owner': 'group:default/team-a',
          },
        },
      } as KubeObject);
      const after = await get('/governance?severity=deny');
      expect(after.body.counts.deny).toBe(before.body.counts.deny - 1);
      expect(
        after.body.items[0].findings.map((f: any) => f.rule),
      ).not.toContain('owner-required');
      cache.put('prod', qwenPd as KubeObject);
      expect((await get('/governance')).body.counts).toEqual({
        deny: 3,
        warn: 1,
        objects: 2,
      });
    });

    it('answers 304 while nothing changed', async () => {
      const res = await get('/governance');
      const again = await get('/governance').set(
        'If-None-Match',
        res.headers.etag,
      );
      expect(again.status).toBe(304);
    });

    it('refuses unknown or bad query parameters', async () => {
      expect((await get('/governance?token=abc')).status).toBe(400);
      expect((await get('/governance?severity=fatal')).status).toBe(400);
      expect((await get('/governance?limit=501')).status).toBe(400);
      expect((await get('/governance?cursor=nonsense')).status).toBe(400);
      expect((await get('/governance?cluster=nowhere')).status).toBe(404);
    });
  });

  describe('without a policy', () => {
    beforeAll(async () => {
      backend = await startLlmdTestBackend({ cache: createTestCache() });
    });
    afterAll(() => backend.stop());

    it('says so and reports nothing', async () => {
      const res = await get('/governance');
      expect(res.body).toEqual({
        configured: false,
        rules: [],
        counts: { deny: 0, warn: 0, objects: 0 },
        items: [],
        totalCount: 0,
      });
      const list = await get('/models');
      expect(list.body.items[0].findings).toBeUndefined();
      const detail = await get('/models/team-a/qwen-pd');
      expect(detail.body.clusters[0].findings).toBeUndefined();
    });
  });
});
