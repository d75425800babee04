import { mockCredentials } from '@backstage/backend-test-utils';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import { withLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';
import { granite } from '../__testUtils__/testObjects';
import { openShiftAiTemplate } from '../__testUtils__/openShiftAiTemplate';

/** granite-8b with its own scheduler image and still no EPP config. */
const graniteOnV07 = {
  ...granite,
  metadata: { ...granite.metadata, name: 'granite-8b-v07' },
  spec: {
    ...granite.spec,
    router: {
      ...granite.spec.router,
      scheduler: {
        template: {
          containers: [
            {
              name: 'main',
              image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1',
            },
          ],
        },
      },
    },
  },
};

describe('GET /api/llmd/models/:namespace/:name — the scheduler dialect', () => {
  const cache = () =>
    llmdClusterCacheMock({
      clusters: [{ name: 'ocp', defaults: { eppDialectAssumed: true } }],
      objects: [
        { cluster: 'ocp', object: openShiftAiTemplate() },
        { cluster: 'ocp', object: granite },
        { cluster: 'ocp', object: graniteOnV07 },
      ],
    });

  it('reports the dialect the template’s flags show, and that this version cannot start without a config', async () => {
    await withLlmdTestBackend({ cache: cache() }, async backend => {
      const res = await request(backend.server)
        .get('/api/llmd/models/team-a/granite-8b')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const [ocp] = res.body.clusters;
      expect(ocp.eppDialect).toMatchObject({
        id: 'scheduler-v0.3',
        source: 'flags',
        conflict: expect.stringContaining('Image tag v0.2.0'),
      });
      expect(ocp.epp).toMatchObject({
        source: 'controller-default',
        dialect: 'scheduler-v0.3',
        builtIn: {
          kind: 'cannot-start',
          diagnostic: { code: 'epp-config-required', severity: 'error' },
        },
      });
    });
  });

  it("reads a model's own scheduler image tag and describes the built-in default pipeline of that version", async () => {
    await withLlmdTestBackend({ cache: cache() }, async backend => {
      const res = await request(backend.server)
        .get('/api/llmd/models/team-a/granite-8b-v07')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const [ocp] = res.body.clusters;
      expect(ocp.eppDialect).toMatchObject({
        id: 'scheduler-v0.7',
        source: 'image-tag',
        summary: 'scheduler-v0.7 — from image tag v0.7.1',
        scheduler: {
          kind: 'LLMInferenceService',
          name: 'granite-8b-v07',
          image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1',
        },
      });
      expect(ocp.epp.dialect).toBe('scheduler-v0.7');
      expect(ocp.epp.builtIn.kind).toBe('built-in-default');
      const [profile] = ocp.epp.builtIn.description.profiles;
      expect(profile.name).toBe('default');
      expect(profile.scorers.map((s: any) => [s.type, s.weight])).toEqual([
        ['queue-scorer', 2],
        ['kv-cache-utilization-scorer', 2],
        ['prefix-cache-scorer', 3],
      ]);
    });
  });
});
