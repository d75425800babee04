import { fork, type ChildProcess } from 'node:child_process';
import type {
  BenchFleetOptions,
  BenchFleetReady,
  BenchFleetRequest,
} from './benchFleet';

// A conditional over a type parameter distributes Omit over the union, so each request keeps its own fields.
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type RequestWithoutId = WithoutId<BenchFleetRequest>;

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
  const child: ChildProcess = fork(
    require.resolve('./benchFleet'),
    [JSON.stringify(options)],
    {
      execArgv: [
        // 100 clusters × 1 000 models hold a few GB of simulated objects
        '--max-old-space-size=16384',
        '-r',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const ready = await new Promise<BenchFleetReady>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`simulated clusters not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    // Backstage's node transform also reports loaded files over IPC ({type: 'watch'}); wait for ours.
    const onMessage = (message: unknown) => {
      if ((message as BenchFleetReady)?.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as BenchFleetReady);
    };
    child.on('message', onMessage);
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`bench fleet exited with ${code}`));
    });
  });

  let nextId = 1;
  const pending = new Map<number, (reply: any) => void>();
  child.on('message', (message: any) => {
    const done = pending.get(message?.id);
    if (done) {
      pending.delete(message.id);
      done(message);
    }
  });
  const call = (request: RequestWithoutId): Promise<any> =>
    new Promise(resolve => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ ...request, id });
    });

  return {
    clusters: ready.clusters,
    touch: async (cluster, namespace, name, annotations) => {
      await call({ op: 'touch', cluster, namespace, name, annotations });
    },
    requestCount: async () => (await call({ op: 'stats' })).total,
    resetRequestCount: async () => {
      await call({ op: 'resetStats' });
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.send({ op: 'close', id: 0 });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
