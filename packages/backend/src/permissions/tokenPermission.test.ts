import { eventually, postJson, repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  type KubeObject,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  BackendProcess,
  startBackendProcess,
} from '../__testUtils__/startBackendProcess';
import { seededModel } from '../__testUtils__/seededModel';
import { signInAsGuest } from '../__testUtils__/signInAsGuest';

jest.setTimeout(180_000);

/** The model `granite` copied to `namespace/name` with another owner, and (optionally) its labelled client SA. */
function modelOwnedBy(
  granite: KubeObject,
  namespace: string,
  name: string,
  owner: string,
) {
  return {
    ...granite,
    metadata: {
      name,
      namespace,
      annotations: {
        ...granite.metadata.annotations,
        'backstage.io/owner': owner,
      },
    },
  };
}

/** A catalog file the guest registers as a location (issue 22, defect 1): it claims a model not deployed yet. */
const CLAIM = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: future-model
  namespace: team-c
spec:
  type: service
  lifecycle: production
  owner: user:default/guest
`;

// The dev backend (real permission, catalog, llm-d catalog module and llm-d backend, the dev policy) on the demo
// cluster and a second cluster east: the guest owns through group:default/team-a, so it may mint tokens for team-a's
// model and not for a model another group owns — judged per cluster, on the live object, whatever the catalog says.
describe('dev policy: access tokens only for the owners of a model service', () => {
  let sim: ClusterSimulator;
  let east: ClusterSimulator;
  let catalogFiles: Server;
  let backend: BackendProcess;
  let token: string;

  beforeAll(async () => {
    catalogFiles = createServer((_req, res) => {
      res.setHeader('content-type', 'text/yaml');
      res.end(CLAIM);
    });
    await new Promise<void>(done => catalogFiles.listen(0, '127.0.0.1', done));
    sim = await startClusterSimulator({
      seedDir: join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    east = await startClusterSimulator({
      seedDir: join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    const granite = seededModel(sim);
    // defect 2: on east the same team-a/granite-8b belongs to research
    east.apply(
      modelOwnedBy(granite, 'team-a', 'granite-8b', 'group:default/research'),
    );
    sim.apply({
      ...granite,
      metadata: {
        name: 'research-model',
        namespace: 'team-a',
        annotations: {
          ...granite.metadata.annotations,
          'backstage.io/owner': 'group:default/research',
        },
      },
    });
    const { port } = catalogFiles.address() as AddressInfo;
    backend = await startBackendProcess({
      // where the guest's catalog file is served from, like a Git host with an integration in production
      APP_CONFIG_backend_reading_allow: JSON.stringify([
        { host: `localhost:${port}` },
      ]),
      APP_CONFIG_llmd_clusters: JSON.stringify([
        llmdClusterConfig(sim),
        llmdClusterConfig(east, 'east'),
      ]),
    });
    token = (await signInAsGuest(backend.baseUrl)).token;
    const headers = { authorization: `Bearer ${token}` };
    const catalogUrl = `${backend.baseUrl}/api/catalog/entities/by-name/component/team-a`;
    for (const name of ['granite-8b', 'research-model']) {
      await eventually(
        `${name} in the catalog`,
        async () =>
          (await fetch(`${catalogUrl}/${name}`, { headers })).status === 200,
        { timeoutMs: 60_000, intervalMs: 250 },
      );
    }
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
    await east?.close();
    catalogFiles?.close();
  });

  const mint = (name: string, cluster = 'demo', namespace = 'team-a') =>
    postJson(
      `${backend.baseUrl}/api/llmd/models/${namespace}/${name}/token`,
      token,
      { cluster, ttlSeconds: 600 },
    );

  it('mints for a model the guest owns through its group', async () => {
    const res = await mint('granite-8b');
    expect(res.status).toBe(200);
    expect((await res.json()).token).toEqual(expect.any(String));
  });

  it('refuses a model another group owns, minting nothing', async () => {
    const issued = sim.issuedTokens.length;
    const res = await mint('research-model');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"token"');
    expect(sim.issuedTokens).toHaveLength(issued);
  });

  it('judges the owner on the requested cluster: the team-a model on east belongs to research', async () => {
    const issued = east.issuedTokens.length;
    const res = await mint('granite-8b', 'east');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"token"');
    expect(east.issuedTokens).toHaveLength(issued);
    // while the same model on demo is still the guest's
    expect((await mint('granite-8b', 'demo')).status).toBe(200);
  });

  it('ignores a catalog entity the guest registered to claim a model before it is deployed', async () => {
    const headers = { authorization: `Bearer ${token}` };
    const { port } = catalogFiles.address() as AddressInfo;
    const registered = await postJson(
      `${backend.baseUrl}/api/catalog/locations`,
      token,
      { type: 'url', target: `http://localhost:${port}/catalog-info.yaml` },
    );
    expect(registered.status).toBe(201);
    const entityUrl = `${backend.baseUrl}/api/catalog/entities/by-name/component/team-c/future-model`;
    const claimed = await eventually(
      "the guest's claim in the catalog",
      async () => {
        const res = await fetch(entityUrl, { headers });
        return res.status === 200 ? res.json() : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(claimed.spec.owner).toBe('user:default/guest');

    // then the model appears on the cluster, owned by research, with its managed client ServiceAccount
    const granite = seededModel(sim);
    sim.apply(
      modelOwnedBy(granite, 'team-c', 'future-model', 'group:default/research'),
    );
    sim.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'future-model-client',
        namespace: 'team-c',
        labels: { 'llm-d.ai/managed-client': 'true' },
      },
    });
    await eventually(
      'team-c/future-model in the llm-d backend',
      async () =>
        (
          await fetch(
            `${backend.baseUrl}/api/llmd/models/team-c/future-model`,
            {
              headers,
            },
          )
        ).status === 200,
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const issued = sim.issuedTokens.length;
    const res = await mint('future-model', 'demo', 'team-c');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"token"');
    expect(sim.issuedTokens).toHaveLength(issued);
  });
});
