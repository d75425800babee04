import { execFile } from 'node:child_process';
import path from 'node:path';
import { eventually } from '@internal/test-support';
import { SIMULATION_ANNOTATIONS } from '@llmd/cluster-simulator';
import {
  diagnoseSimulatorPerTest,
  modelUrl,
} from './__testUtils__/diagnoseSimulator';

// `llmd diagnose` end to end through bin/llmd in a real Node process, against the simulator of this test (so the
// child runs asynchronously: the simulator answers from this process's event loop).
const bin = path.resolve(__dirname, '../bin/llmd');

function llmd(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [bin, ...args],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? -1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

describe('bin/llmd diagnose', () => {
  const t = diagnoseSimulatorPerTest();

  it('exits 0 for a reachable model probed with a minted token, 1 for a broken one', async () => {
    await modelUrl(t, 'team-a', 'granite-8b');
    const probed = await llmd(
      'diagnose',
      '--kubeconfig',
      t.kubeconfig,
      '-n',
      'team-a',
      'granite-8b',
      '--probe',
      '--format',
      'json',
    );
    expect(probed.stderr).toBe('');
    expect(probed.code).toBe(0);
    const [model] = JSON.parse(probed.stdout).models;
    expect(model.probe).toMatchObject({
      anonymous: { status: 401 },
      authenticated: { status: 200 },
    });
    const [minted] = t.sim.issuedTokens;
    expect(probed.stdout).not.toContain(minted.token);

    const gateway = t.sim.get(
      'gateway.networking.k8s.io/v1',
      'Gateway',
      'team-a',
      'team-a-gateway',
    ) as any;
    gateway.metadata.annotations = {
      [SIMULATION_ANNOTATIONS.gatewayAddress]: 'none',
    };
    t.sim.apply(gateway);
    const broken = await eventually(
      'the Gateway without address',
      async () => {
        const run = await llmd(
          'diagnose',
          '--kubeconfig',
          t.kubeconfig,
          '--context',
          'simulator',
          '-n',
          'team-a',
          'granite-8b',
        );
        return run.stdout.includes('✖ gateway-address') && run;
      },
      { timeoutMs: 30_000 },
    );
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('team-a/granite-8b: unreachable\n');
  }, 120_000);
});
