import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestCache } from './__testUtils__/testCache';
import {
  startLlmdTestBackend,
  withLlmdTestBackend,
} from './__testUtils__/startLlmdTestBackend';

describe('llmd backend plugin', () => {
  it('answers /health without credentials', async () => {
    await withLlmdTestBackend({ cache: createTestCache() }, async backend => {
      const res = await request(backend.server)
        .get('/api/llmd/health')
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });
  });

  it('registers its permissions with the permission system', async () => {
    await withLlmdTestBackend({ cache: createTestCache() }, async backend => {
      const res = await request(backend.server)
        .get('/api/llmd/.well-known/backstage/permissions/metadata')
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
      expect(res.body.permissions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'llmd.model.read', type: 'basic' }),
          expect.objectContaining({
            name: 'llmd.model.token.create',
            type: 'resource',
            resourceType: 'llmd-model',
          }),
        ]),
      );
      // the rule policies use to allow the owners of the model on the requested cluster
      expect(res.body.rules).toEqual([
        expect.objectContaining({
          name: 'IS_MODEL_OWNER',
          resourceType: 'llmd-model',
          paramsSchema: expect.objectContaining({
            required: ['claims'],
          }),
        }),
      ]);
    });
  });

  it('refuses to start with a token lifetime cap below the TokenRequest minimum', async () => {
    await expect(
      startLlmdTestBackend({
        cache: createTestCache(),
        config: { llmd: { tokens: { maxTtlSeconds: 60 } } },
      }),
    ).rejects.toThrow(
      /llmd.tokens.maxTtlSeconds must be an integer of at least 600/,
    );
  });
});
