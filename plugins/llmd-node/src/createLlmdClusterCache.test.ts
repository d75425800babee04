import type { ClusterSimulator } from '@llmd/cluster-simulator';
import type { ClusterCacheTuning } from './clusterConfig';
import { cacheTestHarness } from './__testUtils__/cacheTestHarness';
import type { CapturingLogger } from './testUtils';
import {
  cacheState,
  clusterFor,
  configMap,
  gateway,
  inSync,
  llmisvc,
  simState,
} from './__testUtils__/simulatorFixtures';
import { eventually } from '@internal/test-support';
import type { ClusterCacheEvent } from './types';

describe('createLlmdClusterCache against a simulator', () => {
  const harness = cacheTestHarness();
  let sim: ClusterSimulator;
  let events: ClusterCacheEvent[];
  let logger: CapturingLogger;

  async function start(
    objects: object[],
    defaults: { llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2' } = {},
    tuning: Partial<ClusterCacheTuning> = {},
  ) {
    sim = await harness.startSimulator({ objects });
    const started = await harness.startSyncedCache(
      [clusterFor(sim, 'c1', defaults)],
      tuning,
    );
    ({ events, logger } = started);
    return started.cache;
  }

  it('lists what exists, then follows adds, updates and deletes within 1 s', async () => {
    const c = await start([
      llmisvc('team-a', 'm1'),
      llmisvc('team-b', 'm2'),
      gateway('openshift-ingress', 'openshift-ai-inference'),
    ]);
    expect(cacheState(c, 'c1', 'LLMInferenceService')).toEqual(
      simState(sim, 'LLMInferenceService'),
    );
    expect(
      c.get('c1', 'Gateway', 'openshift-ingress', 'openshift-ai-inference'),
    ).toMatchObject({ cluster: 'c1', kind: 'Gateway' });
    expect(
      events.filter(
        e =>
          e.type === 'added' &&
          (e.kind === 'LLMInferenceService' || e.kind === 'Gateway'),
      ),
    ).toHaveLength(3);
    expect(events.filter(e => e.type === 'synced')).toEqual([
      { type: 'synced', cluster: 'c1' },
    ]);
    const health = c.getCluster('c1')!;
    expect(health).toMatchObject({
      connected: true,
      synced: true,
      stale: false,
      objectCounts: {
        LLMInferenceService: 2,
        LLMInferenceServiceConfig: 0,
        Gateway: 1,
        ConfigMap: 0,
      },
    });
    expect(health.lastError).toBeUndefined();
    expect(Date.parse(health.lastSync!)).toBeGreaterThan(Date.now() - 10_000);

    events.length = 0;
    sim.apply(llmisvc('team-a', 'm3'));
    // Each change reaches the cache within a second.
    await eventually(
      'm3 to appear',
      () => c.get('c1', 'LLMInferenceService', 'team-a', 'm3'),
      { timeoutMs: 1000 },
    );

    sim.apply(llmisvc('team-a', 'm3', { labels: { tier: 'gold' } }));
    await eventually(
      'the label update',
      () =>
        c.get('c1', 'LLMInferenceService', 'team-a', 'm3')?.object.metadata
          .labels?.tier === 'gold',
      { timeoutMs: 1000 },
    );

    sim.remove(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      'team-a',
      'm3',
    );
    await eventually(
      'm3 to disappear',
      () => !c.get('c1', 'LLMInferenceService', 'team-a', 'm3'),
      { timeoutMs: 1000 },
    );

    expect(
      events
        .filter(e => e.type !== 'health' && e.type !== 'synced')
        .map(e =>
          e.type === 'added' || e.type === 'modified' || e.type === 'deleted'
            ? `${e.type} ${e.kind} ${e.object.metadata.name}`
            : e.type,
        ),
    ).toEqual([
      'added LLMInferenceService m3',
      'modified LLMInferenceService m3',
      'deleted LLMInferenceService m3',
    ]);
    expect(c.list('LLMInferenceService', { namespace: 'team-b' })).toHaveLength(
      1,
    );
    expect(c.list('LLMInferenceService', { cluster: 'other' })).toHaveLength(0);
  });

  it('pages the initial list', async () => {
    const models = Array.from({ length: 7 }, (_, i) =>
      llmisvc('team-a', `m${i}`),
    );
    const c = await start(models, {}, { pageSize: 3 });
    expect(c.list('LLMInferenceService')).toHaveLength(7);
    expect(inSync(c, 'c1', sim)).toBe(true);
    // 7 objects in pages of 3: three list requests for LLMInferenceServices, one per other kind.
    expect(sim.stats.byResource['llminferenceservices.serving.kserve.io']).toBe(
      4,
    );
  });

  it('watches only the ConfigMaps scheduler configs reference (v1alpha2)', async () => {
    const withRef = (name: string, cm: string) =>
      llmisvc('team-a', name, {
        apiVersion: 'serving.kserve.io/v1alpha2',
        spec: {
          router: {
            scheduler: { config: { ref: { name: cm, key: 'epp.yaml' } } },
          },
        },
      });
    const c = await start(
      [
        configMap('team-a', 'epp-a', { 'epp.yaml': 'a: 1' }),
        configMap('team-a', 'epp-b', { 'epp.yaml': 'b: 1' }),
        configMap('team-a', 'unrelated', { x: 'y' }),
        configMap('team-b', 'epp-a', { 'epp.yaml': 'other namespace' }),
        withRef('m1', 'epp-a'),
      ],
      { llmisvcApiVersion: 'v1alpha2' },
    );
    await eventually('the referenced ConfigMap', () =>
      Boolean(c.get('c1', 'ConfigMap', 'team-a', 'epp-a')),
    );
    expect(c.list('ConfigMap').map(o => o.object.metadata.name)).toEqual([
      'epp-a',
    ]);
    expect(c.get('c1', 'ConfigMap', 'team-a', 'unrelated')).toBeUndefined();
    expect(c.getCluster('c1')!.objectCounts.ConfigMap).toBe(1);
    expect(c.get('c1', 'ConfigMap', 'team-a', 'epp-a')!.object).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { 'epp.yaml': 'a: 1' },
      metadata: {
        creationTimestamp: expect.stringMatching(/^\d{4}-.*\d{2}Z$/),
      },
    });

    // A change of the referenced ConfigMap reaches the cache.
    sim.apply(configMap('team-a', 'epp-a', { 'epp.yaml': 'a: 2' }));
    await eventually(
      'the ConfigMap update',
      () =>
        c.get('c1', 'ConfigMap', 'team-a', 'epp-a')?.object.data?.[
          'epp.yaml'
        ] === 'a: 2',
      { timeoutMs: 1000 },
    );

    // Pointing the model at another ConfigMap swaps them.
    events.length = 0;
    sim.apply(withRef('m1', 'epp-b'));
    await eventually(
      'the swap',
      () =>
        Boolean(c.get('c1', 'ConfigMap', 'team-a', 'epp-b')) &&
        !c.get('c1', 'ConfigMap', 'team-a', 'epp-a'),
      { timeoutMs: 1000 },
    );
    const cmEvents = events
      .filter(
        e =>
          (e.type === 'added' || e.type === 'deleted') &&
          e.kind === 'ConfigMap',
      )
      .map(e => `${e.type} ${(e as any).object.metadata.name}`);
    expect(cmEvents).toEqual(['added epp-b', 'deleted epp-a']);

    // Deleting the model drops its ConfigMap from the cache and stops the namespace watch.
    sim.remove(
      'serving.kserve.io/v1alpha2',
      'LLMInferenceService',
      'team-a',
      'm1',
    );
    await eventually(
      'the ConfigMap to leave the cache',
      () => c.list('ConfigMap').length === 0,
    );
    expect(c.getCluster('c1')!.connected).toBe(true);
  });

  it('isolates a throwing subscriber', async () => {
    const c = await start([]);
    const seen: string[] = [];
    c.subscribe(() => {
      throw new Error('subscriber bug');
    });
    const unsubscribe = c.subscribe(e => seen.push(e.type));
    sim.apply(gateway('gw', 'g1'));
    await eventually('the second subscriber', () => seen.includes('added'));
    unsubscribe();
    sim.apply(gateway('gw', 'g2'));
    await eventually('the cache', () => c.list('Gateway').length === 2);
    expect(seen.filter(t => t === 'added')).toHaveLength(1);
    expect(
      logger.lines.filter(
        l => l.level === 'error' && l.message.includes('subscriber bug'),
      ).length,
    ).toBeGreaterThanOrEqual(2);
  });
});
