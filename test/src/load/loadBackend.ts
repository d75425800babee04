/*
 * Child process of `npm run load`: the simulated fleet (in its own child) and the llmd backend plugin on loopback, so
 * the load generator's CPU does not count against the backend's latency. Talks to the parent over the IPC channel.
 */
import { startBenchFleet } from '../bench/benchFleetClient';
import { rssMb } from '../bench/timedRequests';
import { startBenchBackend } from '../bench/startBenchBackend';
import { TOKEN_MODELS } from './loadMix';
import type { LoadOptions } from './loadOptions';

/** What the backend process reports once every cluster is synced. */
export interface LoadBackendReady {
  type: 'ready';
  base: string;
  headers: Record<string, string>;
  clusters: string[];
  rssMb: number;
}

/** A request from the parent. */
export type LoadBackendRequest = { id: number; op: 'rss' | 'close' };

async function main() {
  const options: LoadOptions = JSON.parse(process.argv[2]);
  const fleet = await startBenchFleet({
    clusters: options.clusters,
    models: options.models,
    latencyMs: options.latencyMs,
    tls: true,
    clientAccounts: TOKEN_MODELS,
  });
  const bench = await startBenchBackend(fleet, {
    modelsPerCluster: options.models,
  }).catch(async error => {
    await fleet.close();
    throw error;
  });
  const ready: LoadBackendReady = {
    type: 'ready',
    base: bench.base,
    headers: bench.headers,
    clusters: fleet.clusters.map(c => c.name),
    rssMb: rssMb(),
  };
  process.send!(ready);
  process.on('message', async (request: LoadBackendRequest) => {
    if (request.op === 'rss') {
      process.send!({ id: request.id, rssMb: rssMb() });
    } else if (request.op === 'close') {
      await bench.stop();
      await fleet.close();
      process.send!({ id: request.id });
      process.exit(0);
    }
  });
  // the parent died: do not outlive it
  process.on('disconnect', () => process.exit(0));
}

main().catch(error => {
  process.stderr.write(`load backend failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
