import {
  type ClusterSimulator,
  type ClusterSimulatorOptions,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import type { ClusterCacheTuning, LlmdClusterConfig } from '../clusterConfig';
import {
  createLlmdClusterCache,
  type CreateLlmdClusterCacheOptions,
  type StoppableLlmdClusterCache,
} from '../createLlmdClusterCache';
import type { ClusterCacheEvent } from '../types';
import { type CapturingLogger, capturingLogger } from '../testUtils';
import { FAST_TUNING } from './simulatorFixtures';
import { eventually } from '@internal/test-support';

/** A cache a test started, with every event it emitted and everything it logged. */
export interface CacheUnderTest {
  readonly cache: StoppableLlmdClusterCache;
  readonly events: ClusterCacheEvent[];
  readonly logger: CapturingLogger;
}

/**
 * Starts simulators and caches for the tests of the enclosing `describe` and stops whatever a test started
 * after it (the caches first).
 */
export function cacheTestHarness() {
  const sims: ClusterSimulator[] = [];
  const caches: StoppableLlmdClusterCache[] = [];
  afterEach(async () => {
    await Promise.all(caches.splice(0).map(cache => cache.stop()));
    await Promise.all(sims.splice(0).map(sim => sim.close()));
  });

  /** A cache over `clusters` with {@link FAST_TUNING} (`tuning` on top), recording its events and logs. */
  function startCache(
    clusters: LlmdClusterConfig[],
    tuning: Partial<ClusterCacheTuning> = {},
    options: Pick<CreateLlmdClusterCacheOptions, 'unavailableKindRetryMs'> = {},
  ): CacheUnderTest {
    const events: ClusterCacheEvent[] = [];
    const logger = capturingLogger();
    const cache = createLlmdClusterCache({
      ...options,
      clusters,
      logger,
      tuning: { ...FAST_TUNING, ...tuning },
    });
    caches.push(cache);
    cache.subscribe(event => events.push(event));
    return { cache, events, logger };
  }

  return {
    async startSimulator(
      options: ClusterSimulatorOptions = {},
    ): Promise<ClusterSimulator> {
      const sim = await startClusterSimulator(options);
      sims.push(sim);
      return sim;
    },
    startCache,
    /** {@link startCache}, then waits for the initial sync and for the watches of every cluster to open. */
    async startSyncedCache(
      clusters: LlmdClusterConfig[],
      tuning: Partial<ClusterCacheTuning> = {},
      options: Pick<
        CreateLlmdClusterCacheOptions,
        'unavailableKindRetryMs'
      > = {},
    ): Promise<CacheUnderTest> {
      const started = startCache(clusters, tuning, options);
      await started.cache.waitForInitialSync(5000);
      await eventually('every cluster to connect', () =>
        started.cache.listClusters().every(health => health.connected),
      );
      return started;
    },
  };
}
