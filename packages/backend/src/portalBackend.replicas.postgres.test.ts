import { eventually, repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { join } from 'node:path';
import {
  databasesWithPrefix,
  describeWithPostgres,
  postgresConnection,
  withPostgres,
} from './__testUtils__/postgres';
import { seededModel } from './__testUtils__/seededModel';
import { signInAsGuest } from './__testUtils__/signInAsGuest';
import {
  BackendProcess,
  startBackendProcess,
} from './__testUtils__/startBackendProcess';

// Scale-out as in production: two backend replicas on one PostgreSQL, both watching the same cluster. Each replica
// runs the llm-d catalog provider (deltas from its own cache), the catalog is shared, and the full resync is one
// global task that only one replica runs at a time.
const prefix = 'llmd_replicas_test_';
const LLMISVC = 'serving.kserve.io/v1alpha1';

jest.setTimeout(240_000);

describeWithPostgres('two portal backend replicas on PostgreSQL', () => {
  let sim: ClusterSimulator;
  const replicas: BackendProcess[] = [];
  let token: string;

  beforeAll(async () => {
    // A clean catalog, so only what these replicas write is there.
    for (const db of await databasesWithPrefix(prefix)) {
      await withPostgres(client =>
        client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`),
      );
    }
    sim = await startClusterSimulator({
      seedDir: join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    const env = {
      APP_CONFIG_backend_database: JSON.stringify({
        client: 'pg',
        connection: postgresConnection,
        prefix,
      }),
      APP_CONFIG_llmd_clusters: JSON.stringify([llmdClusterConfig(sim)]),
    };
    // One after the other: both would otherwise race to create the same databases.
    replicas.push(await startBackendProcess(env));
    replicas.push(await startBackendProcess(env));
    token = (await signInAsGuest(replicas[0].baseUrl)).token;
  });

  afterAll(async () => {
    await Promise.all(replicas.map(r => r.stop()));
    await sim?.close();
  });

  const entity = async (replica: BackendProcess, ref: string) => {
    const [kind, rest] = ref.split(':');
    const res = await fetch(
      `${replica.baseUrl}/api/catalog/entities/by-name/${kind}/${rest}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    return res.status === 200 ? res.json() : undefined;
  };

  it('serves the cluster’s models from either replica', async () => {
    for (const replica of replicas) {
      for (const ref of [
        'component:team-a/granite-8b',
        'api:team-a/granite-8b-openai',
        'component:team-a/llama-3-1-8b-pd',
      ]) {
        await eventually(
          `${ref} on ${replica.baseUrl}`,
          () => entity(replica, ref),
          {
            timeoutMs: 60_000,
            intervalMs: 250,
          },
        );
      }
    }
  });

  it('reflects a change and a deletion on both replicas', async () => {
    const granite = seededModel(sim);
    sim.apply({
      ...granite,
      metadata: {
        ...granite.metadata,
        annotations: {
          ...granite.metadata.annotations,
          'openshift.io/display-name': 'Granite 8B (replicated)',
        },
      },
    });
    sim.remove(LLMISVC, 'LLMInferenceService', 'team-a', 'llama-3-1-8b-pd');
    for (const replica of replicas) {
      await eventually(
        `the change on ${replica.baseUrl}`,
        async () =>
          (
            await entity(replica, 'component:team-a/granite-8b')
          )?.metadata.title === 'Granite 8B (replicated)' &&
          !(await entity(replica, 'component:team-a/llama-3-1-8b-pd')),
        { timeoutMs: 30_000, intervalMs: 250 },
      );
    }
  });

  it('registers the full resync once, as a global task in the shared database', async () => {
    const { rows } = await withPostgres(
      client =>
        client.query(
          'SELECT id FROM backstage_backend_tasks__tasks WHERE id = $1',
          ['llmd-model-services-full-resync'],
        ),
      `${prefix}catalog`,
    );
    expect(rows).toEqual([{ id: 'llmd-model-services-full-resync' }]);
  });
});
