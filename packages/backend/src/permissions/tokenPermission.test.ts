import { eventually, repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  type KubeObject,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { join } from 'node:path';
import {
  BackendProcess,
  startBackendProcess,
} from '../testing/startBackendProcess';
import { signInAsGuest } from '../testing/signInAsGuest';

jest.setTimeout(180_000);

const LLMISVC = 'serving.kserve.io/v1alpha1';

// The dev backend (real permission, catalog, llm-d catalog module and llm-d backend, the dev policy) on the demo
// cluster: the guest owns through group:default/team-a, so it may mint tokens for team-a's model and not for a
// model another group owns.
describe('dev policy: access tokens only for the owners of a model service', () => {
  let sim: ClusterSimulator;
  let backend: BackendProcess;
  let token: string;

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    const granite = sim.get(
      LLMISVC,
      'LLMInferenceService',
      'team-a',
      'granite-8b',
    ) as KubeObject;
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
    backend = await startBackendProcess({
      APP_CONFIG_llmd_clusters: JSON.stringify([llmdClusterConfig(sim)]),
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
  });

  const mint = (name: string) =>
    fetch(`${backend.baseUrl}/api/llmd/models/team-a/${name}/token`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ cluster: 'demo', ttlSeconds: 600 }),
    });

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
});
