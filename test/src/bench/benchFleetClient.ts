import { startIpcChild } from '../process/startIpcChild';
import type {
  BenchFleetOptions,
  BenchFleetReady,
  BenchFleetRequest,
} from './benchFleet';

/** The simulated clusters, running in a child process. */
export interface BenchFleet {
  readonly clusters: BenchFleetReady['clusters'];
  /** Changes a model (annotation bump, or the given annotations); resolves when the simulator applied it. */
  touch(
    cluster: number,
    namespace: string,
    name: string,
    annotations?: Record<string, string>,
  ): Promise<void>;
  /** API-server requests served by all simulators since the last reset. */
  requestCount(): Promise<number>;
  resetRequestCount(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the fleet child process and waits until every simulator listens (bounded by timeoutMs). */
export async function startBenchFleet(
  options: BenchFleetOptions,
  timeoutMs = 300_000,
): Promise<BenchFleet> {
  const child = await startIpcChild<BenchFleetReady, BenchFleetRequest>(
    require.resolve('./benchFleet'),
    JSON.stringify(options),
    {
      // 100 clusters × 1 000 models hold a few GB of simulated objects
      execArgv: ['--max-old-space-size=16384'],
      stdio: ['ignore', 'inherit', 'inherit'],
      what: 'simulated clusters',
      timeoutMs,
      killAfterMs: 10_000,
    },
  );
  return {
    clusters: child.ready.clusters,
    touch: async (cluster, namespace, name, annotations) => {
      await child.call({ op: 'touch', cluster, namespace, name, annotations });
    },
    requestCount: async () => (await child.call({ op: 'stats' })).total,
    resetRequestCount: async () => {
      await child.call({ op: 'resetStats' });
    },
    close: () => child.close(),
  };
}
