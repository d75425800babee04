import type { ClusterSimulator } from '@llmd/cluster-simulator';
import type { StoppableLlmdClusterCache } from './createLlmdClusterCache';
import { cacheTestHarness } from './__testUtils__/cacheTestHarness';
import type { CapturingLogger } from './testUtils';
import {
  clusterFor,
  gateway,
  inSync,
  llmisvc,
} from './__testUtils__/simulatorFixtures';
import { eventually } from '@internal/test-support';
import type { ClusterCacheEvent, ClusterHealth } from './types';

const LLMISVC = 'serving.kserve.io/v1alpha1';
const seed = () => [
  llmisvc('team-a', 'm1'),
  llmisvc('team-a', 'm2'),
  llmisvc('team-b', 'm3'),
  gateway('openshift-ingress', 'openshift-ai-inference'),
];

/** Recovery must not need more than this (backoff is 20 → 200 ms in these tests). */
const RECOVERY_MS = 5000;

describe('cluster cache under faults', () => {
  const harness = cacheTestHarness();
  let sims: ClusterSimulator[];
  let events: ClusterCacheEvent[];
  let logger: CapturingLogger;

  async function start(count = 1) {
    sims = [];
    for (let i = 0; i < count; i++) {
      sims.push(await harness.startSimulator({ objects: seed() }));
    }
    const started = await harness.startSyncedCache(
      sims.map((s, i) => clusterFor(s, `c${i + 1}`)),
    );
    ({ events, logger } = started);
    return started.cache;
  }

  const healthEvents = (cluster: string): ClusterHealth[] =>
    events.flatMap(e =>
      e.type === 'health' && e.cluster === cluster ? [e.health] : [],
    );
  const deletedNames = (cluster: string) =>
    events.flatMap(e =>
      e.type === 'deleted' && e.cluster === cluster
        ? [e.object.metadata.name]
        : [],
    );
  const healthy = (c: StoppableLlmdClusterCache, cluster: string) => {
    const h = c.getCluster(cluster)!;
    return h.connected && h.synced && !h.stale;
  };

  /** Changes made while the cache cannot see the cluster: one add, one update, one real delete. */
  function changeWhileAway(sim: ClusterSimulator) {
    sim.apply(llmisvc('team-c', 'm4'));
    sim.apply(llmisvc('team-a', 'm1', { labels: { changed: 'yes' } }));
    sim.remove(LLMISVC, 'LLMInferenceService', 'team-a', 'm2');
  }

  it.each([
    [500, 'HTTP 500'],
    [401, 'HTTP 401'],
  ])(
    'recovers by itself from %s responses and loses nothing',
    async (status, errorText) => {
      const c = await start();
      const [sim] = sims;
      sim.faults.failRequests({
        status,
        count: 8,
        message: `injected ${status}`,
      });
      sim.faults.dropWatches();
      changeWhileAway(sim);

      await eventually('the failure to show', () => c.getCluster('c1')!.stale);
      expect(c.getCluster('c1')!.lastError).toContain(errorText);
      // Stale, but every last known object is still there.
      expect(
        c.list('LLMInferenceService', { cluster: 'c1' }).length,
      ).toBeGreaterThanOrEqual(3);

      await eventually(
        'recovery',
        () => healthy(c, 'c1') && inSync(c, 'c1', sim),
        {
          timeoutMs: RECOVERY_MS,
        },
      );
      expect(c.getCluster('c1')!.lastError).toBeUndefined();
      expect(deletedNames('c1')).toEqual(['m2']);
      expect(
        c.get('c1', 'LLMInferenceService', 'team-a', 'm1')?.object.metadata
          .labels,
      ).toEqual({ changed: 'yes' });
      expect(healthEvents('c1').some(h => h.stale && h.lastError)).toBe(true);
    },
  );

  it.each([[false], [true]])(
    'resumes dropped watches (graceful: %s) from the last resourceVersion without relisting',
    async graceful => {
      const c = await start();
      const [sim] = sims;
      const lists = sim.stats.byVerb.list;
      sim.faults.dropWatches({ graceful });
      changeWhileAway(sim);
      await eventually('the changes', () => inSync(c, 'c1', sim), {
        timeoutMs: 1000,
      });
      await eventually('the watches', () => healthy(c, 'c1'));
      expect(sim.stats.byVerb.list).toBe(lists);
      expect(deletedNames('c1')).toEqual(['m2']);
      expect(healthEvents('c1').some(h => h.stale)).toBe(false);
    },
  );

  it('relists after 410 Gone and reports only the real differences', async () => {
    const c = await start();
    const [sim] = sims;
    // Changes the open watches see, then a compaction they cannot resume across.
    sim.faults.setUnreachable(true);
    await eventually('the outage to show', () => c.getCluster('c1')!.stale);
    changeWhileAway(sim);
    sim.faults.expireHistory();
    const lists = sim.stats.byVerb.list ?? 0;
    events.length = 0;
    sim.faults.setUnreachable(false);

    await eventually(
      'recovery',
      () => healthy(c, 'c1') && inSync(c, 'c1', sim),
      {
        timeoutMs: RECOVERY_MS,
      },
    );
    expect(sim.stats.byVerb.list).toBeGreaterThan(lists);
    const changes = events
      .flatMap(e =>
        e.type === 'added' || e.type === 'modified' || e.type === 'deleted'
          ? [`${e.type} ${e.object.metadata.name}`]
          : [],
      )
      .sort();
    expect(changes).toEqual(['added m4', 'deleted m2', 'modified m1']);
    expect(
      events.filter(e => e.type === 'synced').length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('marks an unreachable cluster stale, keeps its objects, and recovers', async () => {
    const c = await start();
    const [sim] = sims;
    const before = c.getCluster('c1')!.objectCounts;
    sim.faults.setUnreachable(true);
    await eventually('stale', () => c.getCluster('c1')!.stale, {
      timeoutMs: 2000,
    });
    const health = c.getCluster('c1')!;
    expect(health.connected).toBe(false);
    expect(health.synced).toBe(true);
    expect(health.lastError).toMatch(/watch|list/);
    expect(health.lastError).not.toContain(sim.adminToken);
    expect(health.objectCounts).toEqual(before);
    expect(c.get('c1', 'LLMInferenceService', 'team-a', 'm1')).toBeDefined();

    // Stays stale (and keeps everything) for a while: retries do not give up or clear the cache.
    sim.apply(llmisvc('team-c', 'during-outage'));
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(c.getCluster('c1')!.stale).toBe(true);
    expect(c.getCluster('c1')!.objectCounts).toEqual(before);

    sim.faults.setUnreachable(false);
    await eventually(
      'recovery',
      () => healthy(c, 'c1') && inSync(c, 'c1', sim),
      {
        timeoutMs: RECOVERY_MS,
      },
    );
    expect(
      c.get('c1', 'LLMInferenceService', 'team-c', 'during-outage'),
    ).toBeDefined();
    expect(deletedNames('c1')).toEqual([]);
    expect(logger.text()).not.toContain(sim.adminToken);
  });

  it('keeps one cluster current while another fails', async () => {
    const c = await start(2);
    const [sim1, sim2] = sims;
    sim1.faults.setUnreachable(true);
    await eventually('c1 stale', () => c.getCluster('c1')!.stale);

    sim2.apply(llmisvc('team-z', 'fresh'));
    await eventually(
      'c2 to follow',
      () => c.get('c2', 'LLMInferenceService', 'team-z', 'fresh'),
      { timeoutMs: 1000 },
    );
    expect(c.getCluster('c2')).toMatchObject({ connected: true, stale: false });
    expect(c.getCluster('c2')!.lastError).toBeUndefined();
    expect(c.list('LLMInferenceService', { cluster: 'c1' })).toHaveLength(3);
    expect(c.listClusters().map(h => [h.name, h.stale])).toEqual([
      ['c1', true],
      ['c2', false],
    ]);

    sim1.faults.setUnreachable(false);
    await eventually(
      'c1 recovery',
      () => healthy(c, 'c1') && inSync(c, 'c1', sim1),
      {
        timeoutMs: RECOVERY_MS,
      },
    );
    expect(deletedNames('c1')).toEqual([]);
    expect(deletedNames('c2')).toEqual([]);
  });

  it('gives up on a hanging API server after requestTimeoutMs and recovers when it answers again', async () => {
    const c = await start();
    const [sim] = sims;
    sim.faults.setLatency(3000);
    sim.faults.dropWatches();
    sim.faults.expireHistory();
    await eventually('the timeout to show', () =>
      /timed out/.test(c.getCluster('c1')!.lastError ?? ''),
    );
    expect(c.getCluster('c1')!.stale).toBe(true);
    expect(c.list('LLMInferenceService', { cluster: 'c1' })).toHaveLength(3);
    sim.faults.setLatency(0);
    await eventually(
      'recovery',
      () => healthy(c, 'c1') && inSync(c, 'c1', sim),
      {
        timeoutMs: RECOVERY_MS,
      },
    );
    expect(deletedNames('c1')).toEqual([]);
  });
});
