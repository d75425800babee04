import { startIpcChild } from '../process/startIpcChild';
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
  const child = await startIpcChild<LoadBackendReady, LoadBackendRequest>(
    require.resolve('./loadBackend'),
    JSON.stringify(options),
    {
      execArgv: ['--expose-gc'],
      // the backend's logs stay out of the JSON on stdout
      stdio: ['ignore', 'ignore', 'inherit'],
      what: 'the backend',
      timeoutMs,
      killAfterMs: 15_000,
    },
  );
  const { ready } = child;
  return {
    base: ready.base,
    headers: ready.headers,
    clusters: ready.clusters,
    readyRssMb: ready.rssMb,
    rssMb: async () => (await child.call({ op: 'rss' })).rssMb,
    close: child.close,
  };
}
