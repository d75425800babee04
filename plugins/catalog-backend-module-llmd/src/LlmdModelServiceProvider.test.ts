import { mockServices } from '@backstage/backend-test-utils';
import { eventually } from '@internal/test-support';
import type { KubeObject } from '@llmd/plugin-llmd-node';
import {
  llmdClusterCacheMock,
  type LlmdClusterCacheMock,
} from '@llmd/plugin-llmd-node/testUtils';
import {
  LlmdModelServiceProvider,
  LOCATION_KEY,
  PROVIDER_NAME,
} from './LlmdModelServiceProvider';
import { RecordingConnection } from './__testUtils__/RecordingConnection';

function model(name: string, title = name): KubeObject {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: {
      name,
      namespace: 'team-a',
      annotations: { 'openshift.io/display-name': title },
    },
    spec: {
      model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
      router: { route: {}, gateway: { refs: [{ name: 'gw' }] }, scheduler: {} },
    },
  };
}

const gateway: KubeObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'gw', namespace: 'team-a' },
  spec: { gatewayClassName: 'openshift-ai-inference', listeners: [] },
};

/** Lets pending timers and mutations run (longer than the trigger's delays). */
const settle = () => new Promise(resolve => setTimeout(resolve, 100));

const GRANITE = [
  'api:team-a/granite-openai',
  'component:team-a/granite',
  'resource:team-a/gw',
  'system:team-a/team-a',
];

describe('LlmdModelServiceProvider', () => {
  let cache: LlmdClusterCacheMock;
  let connection: RecordingConnection;
  let provider: LlmdModelServiceProvider;

  async function start(clusters = ['demo']) {
    cache = llmdClusterCacheMock({ clusters, initialSync: 'pending' });
    connection = new RecordingConnection();
    provider = new LlmdModelServiceProvider({
      cache,
      logger: mockServices.logger.mock(),
      entities: { defaultOwner: 'group:default/platform-team' },
      delayMs: 10,
      maxDelayMs: 40,
      retryDelayMs: 20,
    });
    for (const cluster of clusters) cache.put(cluster, gateway);
    cache.put(clusters[0], model('granite', 'Granite'));
    await provider.connect(connection);
  }

  afterEach(async () => {
    await provider.stop();
  });

  it('has a stable name and location key', async () => {
    await start();
    expect(provider.getProviderName()).toBe('llmd-model-services');
    expect(PROVIDER_NAME).toBe('llmd-model-services');
    expect(LOCATION_KEY).toBe('llmd-model-services');
  });

  it('emits what is cached as a delta at once and a full mutation after the initial sync', async () => {
    await start();
    await eventually(
      'the first delta',
      () => connection.mutations.length === 1,
    );
    expect(connection.mutations[0].type).toBe('delta');
    expect(connection.refs()).toEqual(GRANITE);
    const [first] = connection.mutations;
    if (first.type !== 'delta') throw new Error('expected a delta');
    expect(first.added.every(d => d.locationKey === LOCATION_KEY)).toBe(true);

    cache.finishInitialSync();
    await eventually(
      'the full mutation',
      () => connection.mutations.length === 2,
    );
    expect(connection.mutations[1].type).toBe('full');
    expect(connection.refs()).toEqual(GRANITE);
  });

  it('applies the first full mutation once every cluster is healthy after the initial sync', async () => {
    await start(['demo', 'prod']);
    cache.setHealthy('prod', false);
    cache.finishInitialSync();
    await eventually(
      'the first delta',
      () => connection.mutations.length === 1,
    );
    await settle();
    expect(connection.mutations.map(m => m.type)).toEqual(['delta']);

    cache.setHealthy('prod', true);
    await eventually(
      'the full mutation',
      () => connection.mutations.length === 2,
    );
    expect(connection.mutations[1].type).toBe('full');
    // only once
    cache.setHealthy('prod', false);
    cache.setHealthy('prod', true);
    await settle();
    expect(connection.mutations.map(m => m.type)).toEqual(['delta', 'full']);
  });

  it('turns a burst of changes into one delta carrying only the changed entities', async () => {
    await start();
    await eventually(
      'the first delta',
      () => connection.mutations.length === 1,
    );
    cache.put('demo', model('granite', 'Granite 2'));
    cache.put('demo', model('granite', 'Granite 3'));
    cache.put('demo', model('llama'));
    await settle();
    expect(connection.mutations).toHaveLength(2);
    const burst = connection.mutations[1];
    if (burst.type !== 'delta') throw new Error('expected a delta');
    expect(burst.removed).toEqual([]);
    expect(
      burst.added.map(d => `${d.entity.kind}:${d.entity.metadata.name}`).sort(),
    ).toEqual([
      'API:granite-openai',
      'API:llama-openai',
      'Component:granite',
      'Component:llama',
    ]);
    expect(
      (connection.entities.get('component:team-a/granite') as any).metadata
        .title,
    ).toBe('Granite 3');

    // an event that changes no entity sends nothing
    cache.put('demo', model('llama'));
    await settle();
    expect(connection.mutations).toHaveLength(2);
  });

  it('removes a model only once no cluster holds it', async () => {
    await start(['demo', 'prod']);
    cache.put('prod', model('granite', 'Granite'));
    await eventually(
      'both clusters in the entity',
      () =>
        (connection.entities.get('component:team-a/granite') as any)?.metadata
          .annotations['llm-d.ai/clusters'] === 'demo,prod',
    );
    cache.delete('demo', model('granite'));
    await eventually(
      'only prod left',
      () =>
        (connection.entities.get('component:team-a/granite') as any)?.metadata
          .annotations['llm-d.ai/clusters'] === 'prod',
    );
    cache.delete('prod', model('granite'));
    await eventually(
      'the model to go',
      () => !connection.entities.has('component:team-a/granite'),
    );
    const last = connection.mutations[connection.mutations.length - 1];
    if (last.type !== 'delta') throw new Error('expected a delta');
    expect(last.removed).toEqual([
      { entityRef: 'api:team-a/granite-openai', locationKey: LOCATION_KEY },
      { entityRef: 'component:team-a/granite', locationKey: LOCATION_KEY },
      { entityRef: 'system:team-a/team-a', locationKey: LOCATION_KEY },
    ]);
    // the tenant's Gateway is still an inference gateway (its class says so)
    expect(connection.refs()).toEqual(['resource:team-a/gw']);
  });

  it('keeps everything while a cluster is stale and replaces leftovers only from a complete snapshot', async () => {
    await start(['demo', 'prod']);
    await eventually(
      'the first delta',
      () => connection.mutations.length === 1,
    );
    // an entity of an earlier run, which only a full mutation may remove
    connection.entities.set('component:team-a/gone-while-down', {});

    cache.setHealthy('prod', false);
    cache.finishInitialSync();
    await settle();
    expect(await provider.fullResync()).toBe('skipped');
    expect(connection.mutations.map(m => m.type)).toEqual(['delta']);
    expect(connection.refs()).toEqual(
      ['component:team-a/gone-while-down', ...GRANITE].sort(),
    );

    // healthy again: the pending initial full mutation goes out, and scheduled ones apply too
    cache.setHealthy('prod', true);
    expect(await provider.fullResync()).toBe('applied');
    expect(connection.mutations.map(m => m.type)).toEqual([
      'delta',
      'full',
      'full',
    ]);
    expect(connection.refs()).toEqual(GRANITE);
  });

  it('retries a delta the catalog rejected', async () => {
    await start();
    await eventually(
      'the first delta',
      () => connection.mutations.length === 1,
    );
    connection.failNext = new Error('database is locked');
    cache.put('demo', model('llama'));
    await eventually('the retried delta', () =>
      connection.entities.has('component:team-a/llama'),
    );
    expect(connection.mutations).toHaveLength(2);
  });

  it('follows the cache no more once stopped', async () => {
    await start();
    await eventually(
      'the first delta',
      () => connection.mutations.length === 1,
    );
    await provider.stop();
    cache.put('demo', model('llama'));
    await settle();
    expect(connection.mutations).toHaveLength(1);
    expect(await provider.fullResync()).toBe('skipped');
  });
});
