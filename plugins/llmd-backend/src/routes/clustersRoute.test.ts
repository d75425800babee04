import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import { createTestCache } from '../__testUtils__/testCache';
import { withLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';
import { openShiftAiTemplate } from '../__testUtils__/openShiftAiTemplate';

describe('GET /api/llmd/clusters', () => {
  it('lists the health of every cluster from the cache', async () => {
    await withLlmdTestBackend({ cache: createTestCache() }, async backend => {
      const res = await request(backend.server)
        .get('/api/llmd/clusters')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        {
          name: 'prod',
          connected: true,
          synced: true,
          stale: false,
          lastSync: '2026-11-28T12:00:00.000Z',
          objectCounts: {
            LLMInferenceService: 2,
            LLMInferenceServiceConfig: 0,
            Gateway: 1,
            ConfigMap: 0,
            // the kinds the reachability evaluation reads
            GatewayClass: 0,
            HTTPRoute: 0,
            InferencePool: 0,
            InferencePoolV1alpha2: 0,
            AuthPolicy: 0,
            Namespace: 0,
            CustomResourceDefinition: 0,
          },
          defaults: {
            llmisvcApiVersion: 'v1alpha1',
            eppDialect: 'scheduler-v0.2',
            tokenAudience: 'https://kubernetes.default.svc',
          },
          eppDialect: expect.objectContaining({
            id: 'scheduler-v0.2',
            source: 'configured',
            summary:
              'scheduler-v0.2 — configured (llmd.clusters[].defaults.eppDialect)',
          }),
        },
        expect.objectContaining({
          name: 'staging',
          connected: false,
          stale: true,
          lastError: 'connect ECONNREFUSED',
        }),
      ]);
    });
  });

  it("detects an unconfigured cluster's dialect from the controller's scheduler template, with its evidence", async () => {
    const template = openShiftAiTemplate();
    const cache = llmdClusterCacheMock({
      clusters: [{ name: 'ocp', defaults: { eppDialectAssumed: true } }],
      objects: [{ cluster: 'ocp', object: template }],
    });
    await withLlmdTestBackend({ cache }, async backend => {
      const res = await request(backend.server)
        .get('/api/llmd/clusters')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const [ocp] = res.body.items;
      expect(ocp.defaults.eppDialect).toBe('scheduler-v0.2');
      expect(ocp.eppDialect).toMatchObject({
        id: 'scheduler-v0.3',
        source: 'flags',
        summary:
          'scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them)',
        scheduler: {
          kind: 'LLMInferenceServiceConfig',
          namespace: 'redhat-ods-applications',
          name: 'kserve-config-llm-scheduler',
          image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.2.0',
        },
      });
      expect(ocp.eppDialect.conflict).toMatch(/the tag is not the version/);
    });
  });

  it('answers 401 without credentials and 403 when reading is denied', async () => {
    const denying = {
      cache: createTestCache(),
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    };
    await withLlmdTestBackend(denying, async backend => {
      const anonymous = await request(backend.server)
        .get('/api/llmd/clusters')
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
      const denied = await request(backend.server)
        .get('/api/llmd/clusters')
        .set('Authorization', mockCredentials.user.header());
      expect(denied.status).toBe(403);
      expect(denied.body.error).toEqual(
        expect.objectContaining({
          name: 'NotAllowedError',
          message: 'Not allowed to read llm-d model services',
        }),
      );
    });
  });
});
