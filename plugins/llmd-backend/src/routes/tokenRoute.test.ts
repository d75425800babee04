import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  AuthorizeResult,
  type DefinitivePolicyDecision,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import type { LlmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import { createTestCache } from '../__testUtils__/testCache';
import { startLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.minted-for-test.signature';

/** Allows reads; decides the token permission with `tokenDecision` and records its requests. */
function permissionsMock(
  tokenDecision: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(
        (r): DefinitivePolicyDecision => ({
          result:
            r.permission.name === 'llmd.model.token.create'
              ? tokenDecision
              : AuthorizeResult.ALLOW,
        }),
      ),
  });
}

describe('POST /api/llmd/models/:namespace/:name/token', () => {
  let cache: LlmdClusterCacheMock;
  let permissions: ReturnType<typeof permissionsMock>;
  let auditor: ReturnType<typeof mockServices.auditor.mock>;
  let backend: Awaited<ReturnType<typeof startLlmdTestBackend>>;

  async function start(
    decision:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ) {
    cache = createTestCache();
    cache.token = TOKEN;
    permissions = permissionsMock(decision);
    auditor = mockServices.auditor.mock();
    backend = await startLlmdTestBackend({
      cache,
      config: { llmd: { tokens: { maxTtlSeconds: 1800 } } },
      features: [permissions.factory, auditor.factory],
    });
  }

  const post = (
    path: string,
    body: object,
    header = mockCredentials.user.header('user:default/alice'),
  ) =>
    request(backend.server)
      .post(`/api/llmd/models/${path}`)
      .set('Authorization', header)
      .send(body);

  /** The audit events: creation options and how each ended. */
  async function auditEvents() {
    return Promise.all(
      auditor.createEvent.mock.calls.map(async ([options], i) => {
        const event = await auditor.createEvent.mock.results[i].value;
        return {
          eventId: options.eventId,
          severityLevel: options.severityLevel,
          meta: options.meta,
          success: event.success.mock.calls,
          fail: event.fail.mock.calls,
        };
      }),
    );
  }

  afterEach(async () => {
    await backend?.stop();
  });

  it('mints a token for the model client, capped by config, with the cluster audience', async () => {
    await start();
    const res = await post('team-a/granite-8b/token', {
      cluster: 'prod',
      ttlSeconds: 7200,
    });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      token: TOKEN,
      expiresAt: '2026-11-28T12:30:00.000Z',
      ttlSeconds: 1800,
      endpoint: expect.objectContaining({
        baseUrl: 'http://10.0.0.5/team-a/granite-8b/v1',
      }),
      snippets: {
        curl: expect.stringContaining('Authorization: Bearer $LLMD_TOKEN'),
        openaiPython: expect.stringContaining('os.environ["LLMD_TOKEN"]'),
        openaiJs: expect.stringContaining('process.env.LLMD_TOKEN'),
      },
    });
    expect(JSON.stringify(res.body.snippets)).not.toContain(TOKEN);
    // only after checking that the client ServiceAccount is the portal's own
    expect(cache.serviceAccountReads).toEqual([
      'prod/team-a/granite-8b-client',
    ]);
    expect(cache.tokenRequests).toEqual([
      {
        cluster: 'prod',
        namespace: 'team-a',
        serviceAccountName: 'granite-8b-client',
        expirationSeconds: 1800,
        audience: 'https://kubernetes.default.svc',
      },
    ]);
    // authorised on the model on the requested cluster (not on a catalog entity), for the calling user
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'llmd.model.token.create',
            resourceType: 'llmd-model',
          }),
          resourceRef: 'prod:team-a/granite-8b',
        },
      ],
      {
        credentials: expect.objectContaining({
          principal: expect.objectContaining({
            userEntityRef: 'user:default/alice',
          }),
        }),
      },
    );
    const events = await auditEvents();
    expect(events).toEqual([
      {
        eventId: 'token-create',
        severityLevel: 'medium',
        meta: { namespace: 'team-a', name: 'granite-8b' },
        success: [
          [
            {
              meta: {
                cluster: 'prod',
                ttlSeconds: 1800,
                expiresAt: '2026-11-28T12:30:00.000Z',
              },
            },
          ],
        ],
        fail: [],
      },
    ]);
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  it("defaults the lifetime and uses the other cluster's audience there", async () => {
    await start();
    const res = await post('team-a/granite-8b/token', { cluster: 'staging' });
    expect(res.status).toBe(200);
    expect(res.body.ttlSeconds).toBe(1800);
    expect(cache.tokenRequests[0]).toMatchObject({
      cluster: 'staging',
      expirationSeconds: 1800,
      audience: 'https://staging.example.com',
    });
  });

  it('answers 403 when the policy denies, without minting, and audits the failure', async () => {
    await start(AuthorizeResult.DENY);
    const res = await post('team-a/granite-8b/token', { cluster: 'prod' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      name: 'NotAllowedError',
      message:
        'Not allowed to mint tokens for team-a/granite-8b on cluster prod',
    });
    expect(cache.tokenRequests).toEqual([]);
    expect(cache.serviceAccountReads).toEqual([]);
    const [event] = await auditEvents();
    expect(event.success).toEqual([]);
    expect(event.fail).toEqual([
      [
        {
          error: expect.objectContaining({ name: 'NotAllowedError' }),
          meta: { cluster: 'prod', ttlSeconds: 1800 },
        },
      ],
    ]);
  });

  it('answers 401 without credentials and 403 for service principals', async () => {
    await start();
    const anonymous = await post(
      'team-a/granite-8b/token',
      { cluster: 'prod' },
      mockCredentials.none.header(),
    );
    expect(anonymous.status).toBe(401);
    const service = await post(
      'team-a/granite-8b/token',
      { cluster: 'prod' },
      mockCredentials.service.header(),
    );
    expect(service.status).toBe(403);
    expect(cache.tokenRequests).toEqual([]);
  });

  it('answers 404 for unknown clusters and models, after authorising', async () => {
    await start();
    const cluster = await post('team-a/granite-8b/token', {
      cluster: 'nowhere',
    });
    expect(cluster.status).toBe(404);
    expect(cluster.body.error.message).toBe('No cluster named nowhere');
    const model = await post('team-b/llama/token', { cluster: 'prod' });
    expect(model.status).toBe(404);
    expect(model.body.error.message).toBe(
      'No model service team-b/llama on cluster prod',
    );
    expect(cache.tokenRequests).toEqual([]);
    expect((await auditEvents()).map(e => e.fail.length)).toEqual([1, 1]);
  });

  it('answers 400 for bad bodies and for any query string', async () => {
    await start();
    for (const body of [
      {},
      { cluster: 'prod', ttlSeconds: 60 },
      { cluster: 'prod', ttlSeconds: 'long' },
      { cluster: 'prod', extra: true },
    ]) {
      const res = await post('team-a/granite-8b/token', body);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
    }
    const query = await request(backend.server)
      .post('/api/llmd/models/team-a/granite-8b/token?token=abc')
      .set('Authorization', mockCredentials.user.header())
      .send({ cluster: 'prod' });
    expect(query.status).toBe(400);
    expect(query.body.error.message).toBe(
      'This endpoint takes no query parameters',
    );
    expect(cache.tokenRequests).toEqual([]);
    expect(permissions.authorize).not.toHaveBeenCalled();
    expect((await auditEvents()).every(e => e.fail.length === 1)).toBe(true);
  });

  it('refuses a client ServiceAccount the portal does not manage, and a missing one, without minting', async () => {
    await start();
    // a pre-existing `<name>-client` without the renderer's label
    cache.serviceAccountLabels = { app: 'legacy' };
    const unmanaged = await post('team-a/granite-8b/token', {
      cluster: 'prod',
    });
    expect(unmanaged.status).toBe(403);
    expect(unmanaged.body.error).toMatchObject({
      name: 'NotAllowedError',
      message:
        'Service account team-a/granite-8b-client on cluster prod is not managed by the portal (it lacks the label llm-d.ai/managed-client: "true"); no token is minted for it',
    });
    cache.serviceAccountLabels = undefined;
    const missing = await post('team-a/granite-8b/token', { cluster: 'prod' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      'No client service account team-a/granite-8b-client on cluster prod',
    );
    expect(cache.tokenRequests).toEqual([]);
    expect((await auditEvents()).map(e => e.fail.length)).toEqual([1, 1]);
  });

  it('audits a failed TokenRequest and answers with the error', async () => {
    await start();
    cache.mintError = new ServiceUnavailableError('cluster prod is down');
    const res = await post('team-a/granite-8b/token', { cluster: 'prod' });
    expect(res.status).toBe(503);
    const [event] = await auditEvents();
    expect(event.fail).toEqual([
      [
        {
          error: expect.objectContaining({ message: 'cluster prod is down' }),
          meta: { cluster: 'prod', ttlSeconds: 1800 },
        },
      ],
    ]);
  });

  it('builds snippets without a token header for models with auth off', async () => {
    await start();
    const res = await post('team-a/qwen-pd/token', { cluster: 'prod' });
    expect(res.status).toBe(200);
    expect(res.body.snippets.curl).not.toContain('Authorization');
    expect(res.body.endpoint.source).toBe('gateway');
  });
});
