import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  type ClusterSimulator,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import request from 'supertest';
import llmdPlugin from '.';
import { eventually, repoRoot } from '@internal/test-support';
import { untilApiServerQuiet } from './__testUtils__/untilApiServerQuiet';

/** Waits of the cache and the simulator's controller. */
const CACHE = { timeoutMs: 10_000, intervalMs: 25 };

describe('llmd backend with the real cluster cache and the cluster simulator', () => {
  let sim: ClusterSimulator;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const get = (url: string) =>
    request(backend.server)
      .get(`/api/llmd${url}`)
      .set('Authorization', mockCredentials.user.header());

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      controller: true,
      tls: true,
    });
    backend = await startTestBackend({
      features: [
        llmdPlugin,
        mockServices.rootConfig.factory({
          data: {
            llmd: {
              clusters: [llmdClusterConfig(sim)],
              cache: { backoff: { initialMs: 50, maxMs: 500 } },
            },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
  });

  it('serves the seeded model from the cache and mints a real TokenRequest', async () => {
    await eventually(
      'the demo cluster to sync',
      async () => {
        const res = await get('/clusters');
        return res.body.items?.[0]?.synced && res.body.items[0].connected;
      },
      CACHE,
    );
    const summary = await eventually(
      'granite-8b to be ready',
      async () => {
        const res = await get('/models');
        return res.body.items?.find(
          (m: any) => m.name === 'granite-8b' && m.ready,
        );
      },
      CACHE,
    );
    expect(summary).toMatchObject({
      cluster: 'demo',
      namespace: 'team-a',
      entityRef: 'component:team-a/granite-8b',
      displayName: 'Granite 8B',
      owner: 'group:default/team-a',
      replicas: { decode: 2 },
      authEnabled: true,
      stale: false,
    });
    expect(summary.endpoints[0]).toMatch(
      /^http:\/\/[^/]+\/team-a\/granite-8b\/v1$/,
    );

    // page views read the cache only: not a single request reaches the API server
    await untilApiServerQuiet(sim, CACHE.timeoutMs);
    sim.stats.reset();
    const detail = await get('/models/team-a/granite-8b');
    await get('/models?tenant=team-a');
    await get('/clusters');
    expect(sim.stats.total).toBe(0);

    expect(detail.status).toBe(200);
    const [demo] = detail.body.clusters;
    expect(demo).toMatchObject({
      cluster: 'demo',
      ready: true,
      clientServiceAccount: 'granite-8b-client',
      spec: { modelName: 'ibm-granite/granite-3.3-8b-instruct' },
      // the example carries its EPP config: before scheduler-v0.7 `default` routing writes one (DIALECT-FACTS Part 2);
      // the demo cluster's OpenShift AI template has kebab-case flags, so its scheduler is taken as v0.3 or newer
      epp: { source: 'config-text-arg', dialect: 'scheduler-v0.3' },
    });
    expect(demo.endpoints[0]).toMatchObject({
      baseUrl: summary.endpoints[0],
      source: 'status.url',
    });
    expect(demo.conditions.map((c: any) => c.type)).toContain('Ready');

    const minted = await request(backend.server)
      .post('/api/llmd/models/team-a/granite-8b/token')
      .set('Authorization', mockCredentials.user.header())
      .send({ cluster: 'demo', ttlSeconds: 1200 });
    expect(minted.status).toBe(200);
    expect(sim.issuedTokens).toHaveLength(1);
    const [issued] = sim.issuedTokens;
    expect(issued).toMatchObject({
      namespace: 'team-a',
      serviceAccountName: 'granite-8b-client',
      audiences: ['https://kubernetes.default.svc'],
      expirationSeconds: 1200,
    });
    expect(minted.body).toMatchObject({
      token: issued.token,
      ttlSeconds: 1200,
      endpoint: { baseUrl: summary.endpoints[0] },
    });
    expect(sim.stats.byResource['serviceaccounts/token']).toBe(1);
  });

  it('says when the cluster is down, keeps its models, and recovers by itself', async () => {
    sim.faults.setUnreachable(true);
    const down = await eventually(
      'the demo cluster to be marked stale',
      async () => {
        const res = await get('/clusters');
        const [cluster] = res.body.items ?? [];
        return cluster?.stale ? cluster : undefined;
      },
      CACHE,
    );
    expect(down).toMatchObject({ name: 'demo', connected: false, stale: true });
    expect(down.lastError).toEqual(expect.any(String));
    expect(down.lastError).not.toContain(sim.adminToken);

    const models = await get('/models');
    expect(models.body.items.map((m: any) => [m.name, m.stale])).toEqual([
      ['granite-8b', true],
      ['llama-3-1-8b-pd', true],
    ]);
    const detail = await get('/models/team-a/llama-3-1-8b-pd');
    expect(detail.status).toBe(200);
    expect(detail.body.clusters[0].stale).toBe(true);

    sim.faults.setUnreachable(false);
    await eventually(
      'the demo cluster to recover',
      async () => {
        const res = await get('/clusters');
        const [cluster] = res.body.items ?? [];
        return cluster?.connected && !cluster.stale;
      },
      CACHE,
    );
    const again = await get('/models');
    expect(again.body.items.map((m: any) => [m.name, m.stale])).toEqual([
      ['granite-8b', false],
      ['llama-3-1-8b-pd', false],
    ]);
  });

  it('refuses to mint for a pre-existing <name>-client the portal did not render', async () => {
    const granite = sim.get(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      'team-a',
      'granite-8b',
    ) as { metadata: object };
    sim.apply({
      ...granite,
      metadata: { name: 'legacy-model', namespace: 'team-a' },
    });
    // created by hand (no llm-d.ai/managed-client label), possibly with RBAC far wider than one model
    sim.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'legacy-model-client', namespace: 'team-a' },
    });
    await eventually(
      'legacy-model in the cache',
      async () => (await get('/models/team-a/legacy-model')).status === 200,
      CACHE,
    );
    const issued = sim.issuedTokens.length;
    const res = await request(backend.server)
      .post('/api/llmd/models/team-a/legacy-model/token')
      .set('Authorization', mockCredentials.user.header())
      .send({ cluster: 'demo' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Service account team-a/legacy-model-client on cluster demo is not managed by the portal (it lacks the label llm-d.ai/managed-client: "true"); no token is minted for it',
    );
    expect(sim.issuedTokens).toHaveLength(issued);
  });
});
