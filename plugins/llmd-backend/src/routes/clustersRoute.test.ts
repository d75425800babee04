import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { createTestCache } from '../__testUtils__/testCache';
import { withLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';

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
          },
          defaults: {
            llmisvcApiVersion: 'v1alpha1',
            eppDialect: 'scheduler-v0.2',
            tokenAudience: 'https://kubernetes.default.svc',
          },
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
