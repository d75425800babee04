import type { ClusterSimulator } from '@llmd/cluster-simulator';
import { eventually } from '@internal/test-support';

/**
 * Waits until the simulator has seen no request for 300 ms: the cache opens its watches after the first lists (and
 * the reachability kinds after the base kinds), so requests counted after this are the routes' own.
 */
export function untilApiServerQuiet(sim: ClusterSimulator, timeoutMs: number) {
  return eventually(
    'the cache watches to be open (no API-server request for 300 ms)',
    async () => {
      sim.stats.reset();
      await new Promise(resolve => setTimeout(resolve, 300));
      return sim.stats.total === 0;
    },
    { timeoutMs },
  );
}
