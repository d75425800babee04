import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  type ClusterSimulator,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { llmdClusterCacheServiceRef } from './llmdClusterCacheServiceRef';
import { capturingLogger } from './testUtils';
import { gateway, inSync, llmisvc } from './__testUtils__/simulatorFixtures';
import { eventually } from '@internal/test-support';
import type { LlmdClusterCache } from './types';

/** Two plugins depending on the cache, to show they share one instance. */
function consumer(pluginId: string, seen: LlmdClusterCache[]) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { cache: llmdClusterCacheServiceRef },
        async init({ cache }) {
          seen.push(cache);
        },
      });
    },
  });
}

describe('llmdClusterCacheServiceRef', () => {
  let sim: ClusterSimulator;

  beforeEach(async () => {
    sim = await startClusterSimulator({
      objects: [llmisvc('team-a', 'm1'), gateway('gw', 'g1')],
    });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('is one root-scoped cache per backend, configured from app-config, stopped with the backend', async () => {
    const seen: LlmdClusterCache[] = [];
    const logger = capturingLogger();
    const backend = await startTestBackend({
      features: [
        consumer('first', seen),
        consumer('second', seen),
        logger.factory,
        mockServices.rootConfig.factory({
          data: {
            llmd: {
              defaults: {
                llmisvcApiVersion: 'v1alpha1',
                tokenAudience: 'aud-x',
              },
              cache: { backoff: { initialMs: 20, maxMs: 200 } },
              clusters: [
                {
                  name: 'sim',
                  url: sim.url,
                  skipTLSVerify: true,
                  auth: { serviceAccountToken: sim.adminToken },
                },
              ],
            },
          },
        }),
      ],
    });
    try {
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBe(seen[1]);
      const cache = seen[0];
      await cache.waitForInitialSync(5000);
      expect(inSync(cache, 'sim', sim)).toBe(true);
      expect(cache.getCluster('sim')!.defaults.tokenAudience).toBe('aud-x');
      await eventually('the watches', () => cache.getCluster('sim')!.connected);
      sim.apply(llmisvc('team-a', 'm2'));
      await eventually(
        'a live change',
        () => cache.list('LLMInferenceService').length === 2,
        {
          timeoutMs: 1000,
        },
      );
    } finally {
      await backend.stop();
    }
    // After shutdown nothing is watched any more.
    const requests = sim.stats.total;
    sim.apply(llmisvc('team-a', 'm3'));
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(seen[0].list('LLMInferenceService')).toHaveLength(2);
    expect(sim.stats.total).toBe(requests);
    expect(logger.text()).not.toContain(sim.adminToken);
  });

  it('fails startup with the config key of a bad value', async () => {
    await expect(
      startTestBackend({
        features: [
          consumer('first', []),
          mockServices.rootConfig.factory({
            data: { llmd: { clusters: [{ name: 'x', auth: { token: 'y' } }] } },
          }),
        ],
      }),
    ).rejects.toThrow(/llmd\.clusters\[0\]\.auth/);
  });
});
