import { NotFoundError } from '@backstage/errors';
import type { ClusterSimulator } from '@llmd/cluster-simulator';
import type { StoppableLlmdClusterCache } from './createLlmdClusterCache';
import { cacheTestHarness } from './__testUtils__/cacheTestHarness';
import type { CapturingLogger } from './testUtils';
import { clusterFor } from './__testUtils__/simulatorFixtures';

describe('createServiceAccountToken', () => {
  const harness = cacheTestHarness();
  let sim: ClusterSimulator;
  let cache: StoppableLlmdClusterCache;
  let logger: CapturingLogger;

  beforeEach(async () => {
    sim = await harness.startSimulator({
      objects: [
        {
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: {
            namespace: 'team-a',
            name: 'm1-client',
            labels: { 'llm-d.ai/managed-client': 'true' },
          },
        },
      ],
    });
    ({ cache, logger } = harness.startCache([
      clusterFor(sim, 'custom', {
        tokenAudience: 'https://gateway.example/aud',
      }),
      clusterFor(sim, 'default'),
    ]));
  });

  it('mints through the TokenRequest API with the configured audience and the TTL', async () => {
    const before = Date.now();
    const minted = await cache.createServiceAccountToken({
      cluster: 'custom',
      namespace: 'team-a',
      serviceAccountName: 'm1-client',
      expirationSeconds: 3600,
    });
    expect(sim.issuedTokens).toHaveLength(1);
    const issued = sim.issuedTokens[0];
    expect(issued).toMatchObject({
      namespace: 'team-a',
      serviceAccountName: 'm1-client',
      audiences: ['https://gateway.example/aud'],
      expirationSeconds: 3600,
    });
    expect(minted.token).toBe(issued.token);
    const expires = Date.parse(minted.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000 + 3600_000,
    );
    expect(expires).toBeLessThan(Date.now() + 3601_000);
    expect(minted.expiresAt).toBe(
      new Date(issued.expirationTimestamp).toISOString(),
    );
  });

  it('uses the built-in audience by default and an explicit one when asked', async () => {
    await cache.createServiceAccountToken({
      cluster: 'default',
      namespace: 'team-a',
      serviceAccountName: 'm1-client',
      expirationSeconds: 600,
    });
    await cache.createServiceAccountToken({
      cluster: 'default',
      namespace: 'team-a',
      serviceAccountName: 'm1-client',
      expirationSeconds: 600,
      audience: 'explicit',
    });
    expect(sim.issuedTokens.map(t => t.audiences)).toEqual([
      ['https://kubernetes.default.svc'],
      ['explicit'],
    ]);
  });

  it('throws NotFoundError for an unknown cluster, service account or namespace', async () => {
    const request = {
      cluster: 'default',
      namespace: 'team-a',
      serviceAccountName: 'm1-client',
      expirationSeconds: 600,
    };
    await expect(
      cache.createServiceAccountToken({ ...request, cluster: 'nope' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      cache.createServiceAccountToken({
        ...request,
        serviceAccountName: 'ghost',
      }),
    ).rejects.toThrow(
      new NotFoundError("No service account team-a/ghost in cluster 'default'"),
    );
    await expect(
      cache.createServiceAccountToken({ ...request, namespace: 'elsewhere' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      cache.createServiceAccountToken({ ...request, expirationSeconds: 60 }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });

  it('reads a service account with its labels, undefined when absent', async () => {
    const account = await cache.readServiceAccount(
      'default',
      'team-a',
      'm1-client',
    );
    expect(account?.metadata).toMatchObject({
      name: 'm1-client',
      namespace: 'team-a',
      labels: { 'llm-d.ai/managed-client': 'true' },
    });
    await expect(
      cache.readServiceAccount('default', 'team-a', 'ghost'),
    ).resolves.toBeUndefined();
    await expect(
      cache.readServiceAccount('nope', 'team-a', 'm1-client'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('never logs a minted token', async () => {
    for (let i = 0; i < 3; i++) {
      await cache.createServiceAccountToken({
        cluster: i % 2 ? 'custom' : 'default',
        namespace: 'team-a',
        serviceAccountName: 'm1-client',
        expirationSeconds: 600,
      });
    }
    await cache.waitForInitialSync(5000);
    const logs = logger.text();
    expect(logs).toContain(
      'Minted a token for service account team-a/m1-client',
    );
    for (const { token } of sim.issuedTokens) {
      expect(logs).not.toContain(token);
      // Not even a recognisable part of it.
      expect(logs).not.toContain(token.split('.')[2].slice(0, 16));
    }
    expect(logs).not.toContain(sim.adminToken);
  });
});
