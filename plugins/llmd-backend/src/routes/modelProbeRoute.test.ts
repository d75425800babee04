import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type DefinitivePolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  type ClusterSimulator,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { capturingLogger } from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import { eventually, repoRoot } from '@internal/test-support';
import { startSimulatorBackend } from '../__testUtils__/simulatorBackend';

/** Waits of the cache and the simulator's controller. */
const CACHE = { timeoutMs: 15_000, intervalMs: 25 };

jest.setTimeout(60_000);
const SERVED_MODEL = 'ibm-granite/granite-3.3-8b-instruct';

type Feature = NonNullable<
  Parameters<typeof startTestBackend>[0]['features']
>[number];

/** Allows reads; decides `llmd.model.probe` with `decision`. */
function probePermissions(
  decision: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(
        (r): DefinitivePolicyDecision => ({
          result:
            r.permission.name === 'llmd.model.probe'
              ? decision
              : AuthorizeResult.ALLOW,
        }),
      ),
  });
}

// "Probe now" end to end: the real backend and cache, the simulated cluster with its data plane (the Gateway's
// address is a loopback listener enforcing the model's AuthPolicy through the simulator's TokenReview and RBAC).
describe('POST /api/llmd/models/:namespace/:name/probe against the simulated data plane', () => {
  let sim: ClusterSimulator;

  const startBackend = (...features: Feature[]) =>
    startSimulatorBackend(sim, { probe: true, features });

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      controller: true,
      dataPlane: true,
    });
  });

  afterAll(async () => {
    await sim?.close();
  });

  it('sees 401 without a token and 200 listing the model with a minted one; the token reaches no log', async () => {
    const logs = capturingLogger();
    const backend = await startBackend(logs.factory);
    try {
      const post = () =>
        request(backend.server)
          .post('/api/llmd/models/team-a/granite-8b/probe?cluster=demo')
          .set('Authorization', mockCredentials.user.header());
      const get = (url: string) =>
        request(backend.server)
          .get(`/api/llmd${url}`)
          .set('Authorization', mockCredentials.user.header());
      await eventually(
        'granite-8b to have a URL',
        async () => {
          const res = await get('/models/team-a/granite-8b/diagnosis');
          const url = res.body.clusters?.[0]?.steps?.find(
            (s: { id: string }) => s.id === 'url',
          );
          return url?.status === 'ok';
        },
        CACHE,
      );
      const tokensBefore = sim.issuedTokens.length;

      // two concurrent clicks: one probe, one token
      const [first, second] = await Promise.all([post(), post()]);
      expect(first.status).toBe(200);
      expect(second.body).toEqual(first.body);
      expect(sim.issuedTokens.length - tokensBefore).toBe(1);
      const issued = sim.issuedTokens[sim.issuedTokens.length - 1];
      expect(issued).toMatchObject({
        namespace: 'team-a',
        serviceAccountName: 'granite-8b-client',
        expirationSeconds: 600,
      });

      const diagnosis = first.body;
      expect(diagnosis).toMatchObject({
        cluster: 'demo',
        probedAt: diagnosis.probe.probedAt,
        probe: {
          url: expect.stringMatching(
            /^http:\/\/127\.0\.0\.1:\d+\/team-a\/granite-8b\/v1\/models$/,
          ),
          anonymous: { status: 401, latencyMs: expect.any(Number) },
          authenticated: {
            status: 200,
            latencyMs: expect.any(Number),
            models: expect.arrayContaining([SERVED_MODEL]),
          },
        },
      });
      expect(
        diagnosis.steps.find((s: { id: string }) => s.id === 'probe'),
      ).toMatchObject({ status: 'ok' });

      // the read routes show the fresh result without probing or calling the API server
      sim.stats.reset();
      const tokensAfter = sim.issuedTokens.length;
      const read = await get('/models/team-a/granite-8b/diagnosis');
      expect(read.body.clusters[0].probe).toEqual(diagnosis.probe);
      expect(sim.stats.total).toBe(0);
      expect(sim.issuedTokens.length).toBe(tokensAfter);

      const audit = logs.texts().filter(l => l.includes('llmd.model-probe'));
      expect(audit.some(l => l.includes('"status":"succeeded"'))).toBe(true);
      expect(logs.texts().filter(l => l.includes(issued.token))).toEqual([]);
    } finally {
      await backend.stop();
    }
  });

  it('answers 403 without minting when the policy denies llmd.model.probe, and audits it', async () => {
    const logs = capturingLogger();
    const backend = await startBackend(
      probePermissions(AuthorizeResult.DENY).factory,
      logs.factory,
    );
    try {
      const tokensBefore = sim.issuedTokens.length;
      const res = await request(backend.server)
        .post('/api/llmd/models/team-a/granite-8b/probe?cluster=demo')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        name: 'NotAllowedError',
        message: 'Not allowed to probe team-a/granite-8b on cluster demo',
      });
      expect(sim.issuedTokens.length).toBe(tokensBefore);
      const audit = logs.texts().filter(l => l.includes('llmd.model-probe'));
      expect(audit.some(l => l.includes('"status":"failed"'))).toBe(true);

      const noCluster = await request(backend.server)
        .post('/api/llmd/models/team-a/granite-8b/probe')
        .set('Authorization', mockCredentials.user.header());
      expect(noCluster.status).toBe(400);
      expect(noCluster.body.error.message).toMatch(/^Invalid query: cluster: /);
    } finally {
      await backend.stop();
    }
  });
});
