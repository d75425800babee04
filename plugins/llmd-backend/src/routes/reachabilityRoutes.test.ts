import path from 'node:path';
import {
  type ClusterSimulator,
  type KubeObject,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import {
  DIAGNOSIS_STEP_IDS,
  PREFLIGHT_CHECK_IDS,
} from '@llmd/plugin-llmd-common';
import {
  asUser,
  startSimulatorBackend,
} from '../__testUtils__/simulatorBackend';
import type { LlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';
import { untilApiServerQuiet } from '../__testUtils__/untilApiServerQuiet';
import { eventually, repoRoot } from '@internal/test-support';

/** Waits of the cache and the simulator's controller. */
const CACHE = { timeoutMs: 15_000, intervalMs: 25 };

jest.setTimeout(60_000);

// The reachability read routes over the real cache of a simulated OpenShift AI cluster (examples/gitops): they read
// the cache only, and the diagnosis follows what the controller and the Gateway implementation do.
describe('GET preflight and diagnosis with the real cache and the cluster simulator', () => {
  let sim: ClusterSimulator;
  let backend: LlmdTestBackend;
  const get = (url: string) => asUser(backend).get(url);

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    backend = await startSimulatorBackend(sim);
    await eventually(
      'granite-8b to be served',
      async () => {
        const res = await get('/models/team-a/granite-8b/diagnosis');
        return res.body.clusters?.[0]?.verdict === 'reachable';
      },
      CACHE,
    );
    await untilApiServerQuiet(sim, CACHE.timeoutMs);
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
  });

  it('answers the preflight of a cluster: every check in order, from the cache only', async () => {
    sim.stats.reset();
    const res = await get('/clusters/demo/preflight');
    expect(sim.stats.total).toBe(0);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      cluster: 'demo',
      status: expect.stringMatching(/^(ok|warn|fail|unknown)$/),
    });
    expect(res.body.checks.map((c: { id: string }) => c.id)).toEqual(
      PREFLIGHT_CHECK_IDS,
    );
    expect(
      res.body.checks.find((c: { id: string }) => c.id === 'gateways'),
    ).toMatchObject({ status: 'ok' });
    expect(res.body.crds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'llminferenceservices.serving.kserve.io',
          servedVersions: expect.arrayContaining(['v1alpha1']),
        }),
      ]),
    );

    expect((await get('/clusters/nope/preflight')).body.error).toMatchObject({
      name: 'NotFoundError',
      message: 'No cluster named nope',
    });
    const bad = await get('/clusters/-bad-/preflight');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Invalid cluster name: cluster: /);
  });

  it('diagnoses a healthy model: every step in order, the probe skipped, no API request', async () => {
    sim.stats.reset();
    const res = await get('/models/team-a/granite-8b/diagnosis');
    const filtered = await get(
      '/models/team-a/granite-8b/diagnosis?cluster=demo',
    );
    expect(sim.stats.total).toBe(0);
    expect(res.status).toBe(200);
    expect(filtered.body).toEqual(res.body);
    const [demo] = res.body.clusters;
    expect(res.body).toMatchObject({ namespace: 'team-a', name: 'granite-8b' });
    expect(demo.cluster).toBe('demo');
    expect(demo.verdict).toBe('reachable');
    expect(demo.steps.map((s: { id: string }) => s.id)).toEqual(
      DIAGNOSIS_STEP_IDS,
    );
    expect(
      demo.steps.filter((s: { status: string }) => s.status === 'fail'),
    ).toEqual([]);
    expect(
      demo.steps.find((s: { id: string }) => s.id === 'probe'),
    ).toMatchObject({ status: 'skip' });
    expect(demo.probe).toBeUndefined();
  });

  it('names the broken link of a Gateway without an address, in the diagnosis and the fleet list', async () => {
    const gateway = sim.get(
      'gateway.networking.k8s.io/v1',
      'Gateway',
      'team-a',
      'team-a-gateway',
    ) as KubeObject;
    sim.apply({
      ...gateway,
      metadata: {
        ...gateway.metadata,
        annotations: {
          ...gateway.metadata.annotations,
          'simulator.llmd.dev/address': 'none',
        },
      },
    });
    try {
      const step = await eventually(
        'the gateway-address step to fail',
        async () => {
          const res = await get('/models/team-a/granite-8b/diagnosis');
          const found = res.body.clusters?.[0]?.steps?.find(
            (s: { id: string }) => s.id === 'gateway-address',
          );
          return found?.status === 'fail' ? found : undefined;
        },
        CACHE,
      );
      expect(step).toMatchObject({
        object: 'Gateway team-a/team-a-gateway',
        message: expect.any(String),
        fix: expect.any(String),
      });
      const list = await get('/models?tenant=team-a');
      const summary = list.body.items.find(
        (m: { name: string }) => m.name === 'granite-8b',
      );
      expect(summary.reachability).toMatchObject({
        verdict: 'unreachable',
        step: 'gateway-address',
      });
    } finally {
      sim.apply(gateway);
    }
  });

  it('refuses unknown models and clusters, bad queries, and a probe where probing is off', async () => {
    expect((await get('/models/team-a/nope/diagnosis')).status).toBe(404);
    const unknownCluster = await get(
      '/models/team-a/granite-8b/diagnosis?cluster=east',
    );
    expect(unknownCluster.status).toBe(404);
    expect(unknownCluster.body.error.message).toBe('No cluster named east');
    const bad = await get(
      '/models/team-a/granite-8b/diagnosis?token=secret-value',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).not.toContain('secret-value');

    const probe = await asUser(backend).post(
      '/models/team-a/granite-8b/probe?cluster=demo',
    );
    expect(probe.status).toBe(409);
    expect(probe.body.error.message).toBe(
      'Probing is not enabled for cluster demo: set llmd.clusters[].probe.enabled: true for it in app-config',
    );
    expect(sim.issuedTokens).toEqual([]);
  });
});
