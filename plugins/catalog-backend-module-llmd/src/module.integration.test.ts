import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogBackend from '@backstage/plugin-catalog-backend';
import {
  type ClusterSimulator,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import request from 'supertest';
import { parse } from 'yaml';
import catalogModuleLlmd, { FULL_RESYNC_TASK_ID } from '.';
import { LlmdModelServiceProvider } from './LlmdModelServiceProvider';
import { eventually, repoRoot } from '@internal/test-support';
import { catalogProbe } from './__testUtils__/catalogProbe';

// A real backend, real watches and the catalog's own processing loops.
jest.setTimeout(60_000);

/** The catalog's processing and stitching loops take their time. */
const CATALOG = { timeoutMs: 20_000, intervalMs: 25 };

const LLMISVC = 'serving.kserve.io/v1alpha1';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface Relation {
  type: string;
  targetRef: string;
}

describe('llm-d catalog module on the real catalog backend and the cluster simulator', () => {
  let sim: ClusterSimulator;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const probe = catalogProbe();
  const fullResync = jest.spyOn(
    LlmdModelServiceProvider.prototype,
    'fullResync',
  );

  const entity = async (ref: string) => {
    const [kind, rest] = ref.split(':');
    const res = await request(backend.server)
      .get(`/api/catalog/entities/by-name/${kind}/${rest}`)
      .set('Authorization', mockCredentials.user.header());
    return res.status === 200 ? res.body : undefined;
  };
  const entityExists = async (ref: string) => (await entity(ref)) !== undefined;

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      controller: true,
      tls: true,
    });
    backend = await startTestBackend({
      features: [
        catalogBackend,
        catalogModuleLlmd,
        probe.module,
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              // The catalog polls for entities to process every second (fixed) and to stitch every
              // stitchingStrategy.pollingInterval (default 1 s); with both at 1 s a change may take up to ~2.2 s,
              // so the 2 s bound needs the shorter stitching interval (docs/catalog.md recommends it too).
              stitchingStrategy: { pollingInterval: { milliseconds: 200 } },
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Group',
                    'User',
                  ],
                },
              ],
              // the demo organisation, so that owners resolve
              locations: [
                {
                  type: 'file',
                  target: path.join(repoRoot, 'examples', 'org.yaml'),
                },
              ],
            },
            llmd: {
              clusters: [llmdClusterConfig(sim)],
              cache: { backoff: { initialMs: 50, maxMs: 500 } },
              catalog: {
                owners: { 'team-a': 'group:default/team-a' },
                gitopsSourceBaseUrl:
                  'https://git.example.com/llmd-gitops/tree/main',
              },
            },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
    fullResync.mockRestore();
  });

  it('ingests the demo models with their APIs, tenant System and Gateway, every relation resolving', async () => {
    // The model may arrive a moment before its Gateway (separate watches): wait for the relation too.
    const component = await eventually(
      'granite-8b in the catalog, on its Gateway',
      async () => {
        const found = await entity('component:team-a/granite-8b');
        return found?.spec?.dependsOn ? found : undefined;
      },
      CATALOG,
    );
    expect(component.spec).toMatchObject({
      type: 'model-service',
      owner: 'group:default/team-a',
      system: 'system:team-a/team-a',
      providesApis: ['api:team-a/granite-8b-openai'],
      dependsOn: ['resource:team-a/team-a-gateway'],
    });
    expect(component.metadata).toMatchObject({
      title: 'Granite 8B',
      annotations: {
        'llm-d.ai/clusters': 'demo',
        'backstage.io/kubernetes-id': 'granite-8b',
        'backstage.io/kubernetes-namespace': 'team-a',
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/name=granite-8b',
        'backstage.io/source-location':
          'url:https://git.example.com/llmd-gitops/tree/main/tenants/team-a/models/granite-8b/',
      },
    });

    // relations appear once every target has been stitched; each must name an entity that exists
    const expected = [
      ['providesApi', 'api:team-a/granite-8b-openai'],
      ['dependsOn', 'resource:team-a/team-a-gateway'],
      ['partOf', 'system:team-a/team-a'],
      ['ownedBy', 'group:default/team-a'],
    ];
    const relations = await eventually(
      'the relations of granite-8b',
      async () => {
        const current = (await entity('component:team-a/granite-8b'))
          ?.relations as Relation[] | undefined;
        const pairs = current?.map(r => [r.type, r.targetRef]) ?? [];
        return expected.every(([type, target]) =>
          pairs.some(([t, r]) => t === type && r === target),
        )
          ? current
          : undefined;
      },
      CATALOG,
    );
    for (const relation of relations!) {
      await eventually(
        `${relation.targetRef} in the catalog`,
        () => entityExists(relation.targetRef),
        CATALOG,
      );
    }
    const api = await entity('api:team-a/granite-8b-openai');
    expect(api.relations).toEqual(
      expect.arrayContaining([
        { type: 'apiProvidedBy', targetRef: 'component:team-a/granite-8b' },
      ]),
    );
    const definition = parse(api.spec.definition);
    await SwaggerParser.validate(structuredClone(definition));
    const status = sim.get(
      LLMISVC,
      'LLMInferenceService',
      'team-a',
      'granite-8b',
    ) as {
      status: { url: string };
    };
    expect(definition.servers).toEqual([
      { url: `${status.status.url}/v1`, description: 'demo' },
    ]);

    // the first complete snapshot replaces whatever the provider had (here: nothing left from an earlier run)
    await eventually(
      'the initial full mutation',
      async () => {
        const index = fullResync.mock.calls.findIndex(
          ([reason]) => reason === 'initial',
        );
        return (
          index >= 0 &&
          (await fullResync.mock.results[index].value) === 'applied'
        );
      },
      CATALOG,
    );

    const pd = await eventually(
      'llama-3-1-8b-pd in the catalog',
      () => entity('component:team-a/llama-3-1-8b-pd'),
      CATALOG,
    );
    expect(pd.metadata.tags).toEqual(
      expect.arrayContaining([
        'prefill-decode',
        'auth',
        'routing-prefill-decode',
      ]),
    );

    // the catalog's own validation accepts every entity as the module emits it
    for (const ref of [
      'component:team-a/granite-8b',
      'api:team-a/granite-8b-openai',
      'resource:team-a/team-a-gateway',
      'system:team-a/team-a',
    ]) {
      const { relations: _r, status: _s, ...stored } = await entity(ref);
      const { uid: _u, etag: _e, ...metadata } = stored.metadata;
      const res = await request(backend.server)
        .post('/api/catalog/validate-entity')
        .set('Authorization', mockCredentials.user.header())
        // the endpoint insists on a url location; it only serves as context of the check
        .send({
          entity: { ...stored, metadata },
          location: 'url:https://git.example.com/llmd-gitops/tree/main',
        });
      expect({ ref, status: res.status, body: res.body }).toEqual({
        ref,
        status: 200,
        body: {},
      });
    }
  });

  it('reflects a change on the cluster within 2 seconds', async () => {
    const object = sim.get(
      LLMISVC,
      'LLMInferenceService',
      'team-a',
      'granite-8b',
    ) as any;
    const changedAt = Date.now();
    sim.apply({
      ...object,
      metadata: {
        ...object.metadata,
        annotations: {
          ...object.metadata.annotations,
          'openshift.io/display-name': 'Granite 8B (renamed)',
        },
      },
    });
    await eventually(
      'the new title',
      async () =>
        (await entity('component:team-a/granite-8b'))?.metadata.title ===
        'Granite 8B (renamed)',
      { ...CATALOG, timeoutMs: 2_000 },
    );
    expect(Date.now() - changedAt).toBeLessThan(2_000);
  });

  it('removes the entities of a deleted model and leaves the others', async () => {
    expect(
      sim.remove(LLMISVC, 'LLMInferenceService', 'team-a', 'llama-3-1-8b-pd'),
    ).toBe(true);
    await eventually(
      'llama-3-1-8b-pd to leave the catalog',
      async () =>
        !(await entityExists('component:team-a/llama-3-1-8b-pd')) &&
        !(await entityExists('api:team-a/llama-3-1-8b-pd-openai')),
      CATALOG,
    );
    expect(await entityExists('component:team-a/granite-8b')).toBe(true);
    expect(await entityExists('system:team-a/team-a')).toBe(true);
  });

  it('removes nothing while the cluster is down, not even on a full resync', async () => {
    const kept = [
      'component:team-a/granite-8b',
      'api:team-a/granite-8b-openai',
      'resource:team-a/team-a-gateway',
      'system:team-a/team-a',
    ];
    sim.faults.setUnreachable(true);
    await eventually(
      'the cache to mark the cluster stale',
      async () => probe.cache.getCluster('demo')?.stale,
      CATALOG,
    );
    fullResync.mockClear();
    await probe.scheduler.triggerTask(FULL_RESYNC_TASK_ID);
    expect(fullResync).toHaveBeenCalledTimes(1);
    await expect(fullResync.mock.results[0].value).resolves.toBe('skipped');
    // long enough for the catalog to process and stitch any mutation that might have been sent
    await sleep(2_500);
    for (const ref of kept) expect(await entityExists(ref)).toBe(true);

    // back up: a complete snapshot is applied again, still with the deleted model gone
    sim.faults.setUnreachable(false);
    await eventually(
      'the cluster to recover',
      async () => {
        const health = probe.cache.getCluster('demo');
        return health?.connected && health.synced && !health.stale;
      },
      CATALOG,
    );
    fullResync.mockClear();
    await probe.scheduler.triggerTask(FULL_RESYNC_TASK_ID);
    await expect(fullResync.mock.results[0].value).resolves.toBe('applied');
    await sleep(2_500);
    for (const ref of kept) expect(await entityExists(ref)).toBe(true);
    expect(await entityExists('component:team-a/llama-3-1-8b-pd')).toBe(false);
  });
});
