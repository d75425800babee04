import { fork } from 'node:child_process';
import type { LoadBackendReady, LoadBackendRequest } from './loadBackend';
import type { LoadOptions } from './loadOptions';

/** The backend process under load, as the load generator sees it. */
export interface LoadBackend {
  readonly base: string;
  readonly headers: Record<string, string>;
  readonly clusters: string[];
  /** RSS of the backend process when every cluster had synced. */
  readonly readyRssMb: number;
  /** RSS of the backend process now, after a full GC. */
  rssMb(): Promise<number>;
  close(): Promise<void>;
}

/** Starts the backend process and waits until every cluster is synced (bounded by timeoutMs). */
export async function startLoadBackend(
  options: LoadOptions,
  timeoutMs = 300_000,
): Promise<LoadBackend> {
  const child = fork(
    require.resolve('./loadBackend'),
    [JSON.stringify(options)],
    {
      execArgv: [
        '--expose-gc',
        '-r',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      // the backend's logs stay out of the JSON on stdout
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const ready = await new Promise<LoadBackendReady>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the backend did not sync within ${timeoutMs} ms`));
    }, timeoutMs);
    // Backstage's node transform also reports loaded files over IPC ({type: 'watch'}); wait for ours.
    const onMessage = (message: unknown) => {
      if ((message as LoadBackendReady)?.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as LoadBackendReady);
    };
    child.on('message', onMessage);
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`the backend process exited with ${code}`));
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
  const call = (op: LoadBackendRequest['op']): Promise<any> =>
    new Promise(resolve => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ op, id });
    });

  return {
    base: ready.base,
    headers: ready.headers,
    clusters: ready.clusters,
    readyRssMb: ready.rssMb,
    rssMb: async () => (await call('rss')).rssMb,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.send({ op: 'close', id: 0 });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
