import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { capturingLogger } from '@llmd/plugin-llmd-node/testUtils';
import { createTestCache } from '../__testUtils__/testCache';
import { withLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.never-log-me.c2lnbmF0dXJl';

describe('token minting and the logs', () => {
  it('never writes the token to any log line, audit events included', async () => {
    const cache = createTestCache();
    cache.token = TOKEN;
    const logs = capturingLogger();
    await withLlmdTestBackend(
      { cache, features: [logs.factory] },
      async backend => {
        const post = (body: object, path = 'team-a/granite-8b/token') =>
          request(backend.server)
            .post(`/api/llmd/models/${path}`)
            .set('Authorization', mockCredentials.user.header())
            .send(body);

        const minted = await post({ cluster: 'prod', ttlSeconds: 900 });
        expect(minted.status).toBe(200);
        expect(minted.body.token).toBe(TOKEN);
        await post({ cluster: 'staging' });
        await post({ cluster: 'prod', ttlSeconds: 1 });
        await post({ cluster: 'prod' }, 'team-b/llama/token');
        // an unexpected failure goes through the error handler's logging too
        cache.mintError = new Error('TokenRequest exploded');
        const failed = await post({ cluster: 'prod' });
        expect(failed.status).toBe(500);

        // the capture works: audit events (started, succeeded, failed) and the 500 are there
        const audit = logs.texts().filter(l => l.includes('llmd.token-create'));
        expect(audit.length).toBeGreaterThanOrEqual(10);
        expect(audit.some(l => l.includes('"status":"succeeded"'))).toBe(true);
        expect(audit.some(l => l.includes('"status":"failed"'))).toBe(true);
        expect(
          logs.texts().some(l => l.includes('TokenRequest exploded')),
        ).toBe(true);

        const leaking = logs.texts().filter(l => l.includes(TOKEN));
        expect(leaking).toEqual([]);
        // nor any recognisable part of it
        expect(logs.texts().filter(l => l.includes('never-log-me'))).toEqual(
          [],
        );
      },
    );
  });
});
