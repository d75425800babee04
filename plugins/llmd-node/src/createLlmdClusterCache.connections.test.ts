import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ClusterSimulator,
  simulatorKubeconfigDocument,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import type { LlmdClusterConfig } from './clusterConfig';
import { cacheTestHarness } from './__testUtils__/cacheTestHarness';
import { clusterFor, inSync, llmisvc } from './__testUtils__/simulatorFixtures';
import { eventually } from '@internal/test-support';

describe('cluster connections', () => {
  const harness = cacheTestHarness();
  let sim: ClusterSimulator;
  let dir: string;

  beforeAll(async () => {
    sim = await startClusterSimulator({
      tls: true,
      objects: [llmisvc('team-a', 'm1')],
      tokens: {
        'read-only-token-0123': [
          { verbs: ['get'], apiGroups: ['*'], resources: ['*'] },
        ],
      },
    });
    dir = mkdtempSync(join(tmpdir(), 'llmd-node-conn-'));
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const startCache = (...clusters: LlmdClusterConfig[]) =>
    harness.startCache(clusters);

  it('verifies the API server certificate against caData (base64 or PEM)', async () => {
    expect(sim.url).toMatch(/^https:/);
    const pem = Buffer.from(sim.caData!, 'base64').toString('utf8');
    const { cache: c } = startCache(
      clusterFor(sim, 'base64-ca'),
      { ...clusterFor(sim, 'pem-ca'), caData: pem },
      { ...clusterFor(sim, 'no-ca'), caData: undefined },
    );
    await c.waitForInitialSync(5000);
    await eventually(
      'both trusted clusters',
      () => inSync(c, 'base64-ca', sim) && inSync(c, 'pem-ca', sim),
    );
    const untrusted = c.getCluster('no-ca')!;
    expect(untrusted).toMatchObject({
      synced: false,
      stale: true,
      connected: false,
    });
    expect(untrusted.lastError).toMatch(/certificate/i);
  });

  it('reads a kubeconfig file and context', async () => {
    const file = join(dir, 'kubeconfig.json');
    const document = simulatorKubeconfigDocument(sim) as any;
    // A second context that must not be used.
    document.contexts.push({
      name: 'broken',
      context: { cluster: 'simulator', user: 'nobody' },
    });
    document.users.push({
      name: 'nobody',
      user: { token: 'wrong-token-0123' },
    });
    document['current-context'] = 'broken';
    writeFileSync(file, JSON.stringify(document));
    const { cache: c } = startCache({
      name: 'kc',
      auth: { type: 'kubeconfig', file, context: 'simulator' },
      skipTLSVerify: false,
      defaults: clusterFor(sim, 'x').defaults,
    });
    await c.waitForInitialSync(5000);
    await eventually('the kubeconfig cluster', () => inSync(c, 'kc', sim));
    expect(c.getCluster('kc')!.lastError).toBeUndefined();
  });

  it('reports a missing kubeconfig in health and picks it up once it appears', async () => {
    const file = join(dir, 'later.json');
    const { cache: c } = startCache({
      name: 'later',
      auth: { type: 'kubeconfig', file },
      skipTLSVerify: false,
      defaults: clusterFor(sim, 'x').defaults,
    });
    await c.waitForInitialSync(5000);
    expect(c.getCluster('later')).toMatchObject({ stale: true, synced: false });
    expect(c.getCluster('later')!.lastError).toContain(
      'cannot load the credentials',
    );
    writeFileSync(file, JSON.stringify(simulatorKubeconfigDocument(sim)));
    await eventually('the late kubeconfig', () => inSync(c, 'later', sim), {
      timeoutMs: 5000,
    });
  });

  it('reports rejected credentials without leaking them', async () => {
    const { cache: c, logger } = startCache(
      {
        ...clusterFor(sim, 'bad-token'),
        auth: { type: 'serviceAccountToken', token: 'not-a-valid-token-42' },
      },
      {
        ...clusterFor(sim, 'read-only'),
        auth: { type: 'serviceAccountToken', token: 'read-only-token-0123' },
      },
    );
    await c.waitForInitialSync(5000);
    await eventually('both errors', () =>
      Boolean(
        c.getCluster('bad-token')?.lastError &&
          c.getCluster('read-only')?.lastError,
      ),
    );
    expect(c.getCluster('bad-token')!.lastError).toContain('HTTP 401');
    expect(c.getCluster('read-only')!.lastError).toContain('HTTP 403');
    const everything = JSON.stringify(c.listClusters()) + logger.text();
    expect(everything).not.toContain('not-a-valid-token-42');
    expect(everything).not.toContain('read-only-token-0123');
  });
});
