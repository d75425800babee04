/*
 * Child process of the benchmark: hosts the simulated clusters so their memory and CPU do not count against the
 * backend being measured. Talks to the parent over the IPC channel of `fork`.
 */
import {
  startClusterSimulator,
  type ClusterSimulator,
} from '@llmd/cluster-simulator';
import { benchClusterObjects, benchSoloModels } from './benchModels';

/** Options the parent passes as the first argument (JSON). */
export interface BenchFleetOptions {
  clusters: number;
  models: number;
  latencyMs: number;
  tls: boolean;
  /** Models per cluster (the first ones) that get the portal-managed client ServiceAccount tokens are minted for. */
  clientAccounts?: number;
  /** Models per cluster whose names no other cluster has (default none). */
  soloModels?: number;
}

/** What the fleet reports once every simulator listens. */
export interface BenchFleetReady {
  type: 'ready';
  clusters: { name: string; url: string; caData?: string; token: string }[];
}

/** A request from the parent. */
export type BenchFleetRequest =
  | {
      id: number;
      op: 'touch';
      cluster: number;
      namespace: string;
      name: string;
      /** Annotations to set; without them a `bench.llm-d.ai/touch` counter is bumped. */
      annotations?: Record<string, string>;
    }
  | { id: number; op: 'stats' }
  | { id: number; op: 'resetStats' }
  | { id: number; op: 'close' };

async function main() {
  const options: BenchFleetOptions = JSON.parse(process.argv[2]);
  const simulators: ClusterSimulator[] = [];
  const objects = benchClusterObjects(options.models, options.clientAccounts);
  for (let c = 0; c < options.clusters; c++) {
    simulators.push(
      await startClusterSimulator({
        tls: options.tls,
        latencyMs: options.latencyMs,
        controller: { readyAfterMs: 0 },
        objects: [...objects, ...benchSoloModels(c, options.soloModels ?? 0)],
      }),
    );
  }
  const ready: BenchFleetReady = {
    type: 'ready',
    clusters: simulators.map((sim, c) => ({
      name: `cluster-${c}`,
      url: sim.url,
      caData: sim.caData,
      token: sim.adminToken,
    })),
  };
  process.send!(ready);
  // the parent died without closing the fleet: do not outlive it
  process.on('disconnect', () => process.exit(0));

  let touches = 0;
  process.on('message', async (request: BenchFleetRequest) => {
    switch (request.op) {
      case 'touch': {
        const sim = simulators[request.cluster];
        const current = sim.get(
          'serving.kserve.io/v1alpha1',
          'LLMInferenceService',
          request.namespace,
          request.name,
        ) as { metadata: { annotations?: Record<string, string> } };
        touches += 1;
        sim.apply({
          ...current,
          metadata: {
            ...current.metadata,
            annotations: {
              ...current.metadata.annotations,
              ...(request.annotations ?? {
                'bench.llm-d.ai/touch': String(touches),
              }),
            },
          },
        });
        process.send!({ id: request.id });
        return;
      }
      case 'stats':
        process.send!({
          id: request.id,
          total: simulators.reduce((sum, sim) => sum + sim.stats.total, 0),
        });
        return;
      case 'resetStats':
        simulators.forEach(sim => sim.stats.reset());
        process.send!({ id: request.id });
        return;
      case 'close':
        await Promise.all(simulators.map(sim => sim.close()));
        process.send!({ id: request.id });
        process.exit(0);
        return;
      default:
    }
  });
}

main().catch(error => {
  process.stderr.write(`bench fleet failed: ${error}\n`);
  process.exit(1);
});
