import path from 'node:path';
import {
  type ClusterSimulator,
  SIMULATION_ANNOTATIONS,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { eventually, repoRoot } from '@internal/test-support';
import {
  asUser,
  startSimulatorBackend,
} from '../__testUtils__/simulatorBackend';
import { simulatorMergePatch } from '../__testUtils__/simulatorMergePatch';
import type { LlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';

/** Waits of the cache and the simulator's controller. */
const CACHE = { timeoutMs: 15_000, intervalMs: 25 };

jest.setTimeout(60_000);

type Step = { id: string; status: string; message: string; fix?: string };
type Diagnosis = { verdict: string; steps: Step[]; probe?: unknown };

const GATEWAY =
  'apis/gateway.networking.k8s.io/v1/namespaces/team-a/gateways/team-a-gateway';
const GRANITE =
  'apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices/granite-8b';

/** The first failing step of a diagnosis. */
const firstFailing = (d: Diagnosis | undefined) =>
  d?.steps.find(s => s.status === 'fail');

/** GETs the diagnosis of a model on cluster demo, and the fleet list's reachability summary of it. */
function reader(backend: () => LlmdTestBackend) {
  const diagnosis = async (ns: string, name: string): Promise<Diagnosis> =>
    (await asUser(backend()).get(`/models/${ns}/${name}/diagnosis`)).body
      .clusters?.[0];
  return {
    diagnosis,
    /** Waits until the first failing step of the model is `step`, and returns the diagnosis. */
    untilFailing: (ns: string, name: string, step: string) =>
      eventually(
        `${ns}/${name} to fail at ${step}`,
        async () => {
          const d = await diagnosis(ns, name);
          return firstFailing(d)?.id === step ? d : undefined;
        },
        CACHE,
      ),
    untilReachable: (ns: string, name: string) =>
      eventually(
        `${ns}/${name} to be reachable`,
        async () => (await diagnosis(ns, name))?.verdict === 'reachable',
        CACHE,
      ),
    summary: async (ns: string, name: string) =>
      (await asUser(backend()).get(`/models?tenant=${ns}`)).body.items.find(
        (m: { name: string }) => m.name === name,
      )?.reachability,
  };
}

// Each "Ready but unreachable" failure of issue #18, made through the Kubernetes API as a real cluster shows it (the
// simulated controller, Gateway implementation and data plane react to SIMULATION_ANNOTATIONS), is named by the real
// backend routes over the real cache: the first failing step of the diagnosis, with its fix, and in the fleet list.
describe('diagnosis of each fault, against the simulated OpenShift AI cluster and data plane', () => {
  let sim: ClusterSimulator;
  let backend: LlmdTestBackend;
  const read = reader(() => backend);

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDirs: [
        path.join(repoRoot, 'examples', 'gitops'),
        path.join(repoRoot, 'examples', 'demo-cluster'),
      ],
      controller: true,
      dataPlane: true,
    });
    backend = await startSimulatorBackend(sim, { probe: true });
    await read.untilReachable('team-a', 'granite-8b');
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
  });

  const annotate = (on: string, key: string, value: string | null) =>
    simulatorMergePatch(sim, on, {
      metadata: { annotations: { [key]: value } },
    });

  it.each([
    [
      'Gateway not Programmed',
      GATEWAY,
      SIMULATION_ANNOTATIONS.gatewayProgrammed,
      'false',
      'gateway',
      /^check the controller of GatewayClass \S+ and the Gateway's events .*Programmed=True$/,
    ],
    [
      'Gateway without address',
      GATEWAY,
      SIMULATION_ANNOTATIONS.gatewayAddress,
      'none',
      'gateway-address',
      /^give the Gateway's LoadBalancer Service an external address/,
    ],
    [
      'InferencePool missing',
      GRANITE,
      SIMULATION_ANNOTATIONS.inferencePool,
      'missing',
      'inferencepool',
      /^the controller creates the pool from the scheduler template/,
    ],
    [
      'scheduler not ready',
      GRANITE,
      SIMULATION_ANNOTATIONS.schedulerReady,
      'false',
      'scheduler',
      /^read the scheduler pod's events and log/,
    ],
    [
      'workload 0/N ready',
      GRANITE,
      SIMULATION_ANNOTATIONS.readyReplicas,
      '0',
      'workload',
      /^read the model pods' events/,
    ],
  ] as const)(
    '%s: names the step and its fix, and is reachable again once repaired',
    async (_, on, key, value, step, fix) => {
      await annotate(on, key, value);
      try {
        const d = await read.untilFailing('team-a', 'granite-8b', step);
        expect(d.verdict).not.toBe('reachable');
        expect(firstFailing(d)).toMatchObject({
          message: expect.any(String),
          fix: expect.stringMatching(fix),
        });
        // the fleet list names the same step
        expect(await read.summary('team-a', 'granite-8b')).toMatchObject({
          verdict: d.verdict,
          step,
        });
      } finally {
        await annotate(on, key, null);
      }
      await read.untilReachable('team-a', 'granite-8b');
    },
  );

  it('a namespace the shared Gateway does not admit (team-b): the route parent is not Accepted; labelling repairs it', async () => {
    const d = await read.untilFailing(
      'team-b',
      'granite-8b-team-b',
      'namespace-admitted',
    );
    expect(firstFailing(d)).toMatchObject({
      message: expect.stringContaining('team-b'),
      fix: expect.stringMatching(
        /kubectl label namespace team-b llm-d\.ai\/gateway-access=true/,
      ),
    });
    // a later step, without the fix of the first
    expect(d.steps.find(s => s.id === 'httproute')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('Accepted=False (NotAllowedByListeners'),
    });
    expect(await read.summary('team-b', 'granite-8b-team-b')).toMatchObject({
      verdict: 'unreachable',
      step: 'namespace-admitted',
    });

    await simulatorMergePatch(sim, 'api/v1/namespaces/team-b', {
      metadata: { labels: { 'llm-d.ai/gateway-access': 'true' } },
    });
    await read.untilReachable('team-b', 'granite-8b-team-b');
  });

  // last: a probe result stays cached (30 s), so this model's probe step is not repaired within the file
  it('auth open on the data plane while the model has auth on: the probe step fails "open"', async () => {
    await annotate(GRANITE, SIMULATION_ANNOTATIONS.dataPlaneAuth, 'open');
    const probe = await eventually(
      'the probe to see the model open',
      async () => {
        const res = await asUser(backend).post(
          '/models/team-a/granite-8b/probe?cluster=demo',
        );
        expect(res.status).toBe(200);
        return res.body.probe?.anonymous?.status === 200 ? res.body : undefined;
      },
      CACHE,
    );
    expect(firstFailing(probe)).toMatchObject({
      id: 'probe',
      message: expect.stringMatching(/auth is on, but the model is open$/),
      fix: expect.stringMatching(/^make the Gateway check tokens/),
    });
    expect(probe.verdict).not.toBe('reachable');
    // the read route shows the same result without probing again
    expect(firstFailing(await read.diagnosis('team-a', 'granite-8b'))?.id).toBe(
      'probe',
    );
  });
});

describe('diagnosis on a cluster without the AuthPolicy CRD', () => {
  let sim: ClusterSimulator;
  let backend: LlmdTestBackend;
  const read = reader(() => backend);

  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      controller: true,
      omitCrds: ['authpolicies.kuadrant.io'],
    });
    backend = await startSimulatorBackend(sim);
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
  });

  it('names the missing CRD for a model with auth on (the controller deleted its HTTPRoute), with the fix', async () => {
    const d = await read.untilFailing('team-a', 'granite-8b', 'crds');
    expect(d.verdict).toBe('unreachable');
    expect(firstFailing(d)?.fix).toMatch(
      /^install Red Hat Connectivity Link \(Kuadrant AuthPolicy CRD\), then touch the model/,
    );
    expect(d.steps.find(s => s.id === 'httproute')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('GatewayPreconditionNotMet'),
    });
    expect(await read.summary('team-a', 'granite-8b')).toMatchObject({
      verdict: 'unreachable',
      step: 'crds',
    });
  });
});
