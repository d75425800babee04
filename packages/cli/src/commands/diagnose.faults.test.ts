import { SIMULATION_ANNOTATIONS } from '@llmd/cluster-simulator';
import {
  diagnoseSimulatorPerTest,
  diagnoseUntilStep,
  failedStepText,
} from '../__testUtils__/diagnoseSimulator';

// a simulator per test and several CLI runs: seconds each on a loaded machine
jest.setTimeout(60_000);

const GATEWAY = ['gateway.networking.k8s.io/v1', 'Gateway', 'team-a'];
const MODEL = ['serving.kserve.io/v1alpha1', 'LLMInferenceService', 'team-a'];

// Each fault, made through the Kubernetes API as a real cluster shows it, is named by `llmd diagnose`: exit 1, the
// first failing step with its fix in the text chain and in JSON.
describe('llmd diagnose names the broken step', () => {
  const t = diagnoseSimulatorPerTest();

  /** Adds annotations to a stored object (the simulated controller and Gateway implementation react to them). */
  function annotate(ref: string[], annotations: Record<string, string>) {
    const [apiVersion, kind, namespace, name] = ref;
    const object = t.sim.get(apiVersion, kind, namespace, name) as any;
    object.metadata.annotations = {
      ...object.metadata.annotations,
      ...annotations,
    };
    t.sim.apply(object);
  }

  it.each([
    [
      'Gateway not Programmed',
      [...GATEWAY, 'team-a-gateway'],
      { [SIMULATION_ANNOTATIONS.gatewayProgrammed]: 'false' },
      'gateway',
      /^check the controller of GatewayClass openshift-ai-inference .*Programmed=True$/,
    ],
    [
      'Gateway without address',
      [...GATEWAY, 'team-a-gateway'],
      { [SIMULATION_ANNOTATIONS.gatewayAddress]: 'none' },
      'gateway-address',
      /^give the Gateway's LoadBalancer Service an external address/,
    ],
    [
      'InferencePool missing',
      [...MODEL, 'granite-8b'],
      { [SIMULATION_ANNOTATIONS.inferencePool]: 'missing' },
      'inferencepool',
      /^the controller creates the pool from the scheduler template/,
    ],
    [
      'scheduler not ready',
      [...MODEL, 'granite-8b'],
      { [SIMULATION_ANNOTATIONS.schedulerReady]: 'false' },
      'scheduler',
      /^read the scheduler pod's events and log/,
    ],
    [
      'no replica ready',
      [...MODEL, 'granite-8b'],
      { [SIMULATION_ANNOTATIONS.readyReplicas]: '0' },
      'workload',
      /^read the model pods' events/,
    ],
  ])('%s', async (_, ref, annotations, step, fix) => {
    annotate(ref, annotations);
    const { json, problem, text } = await diagnoseUntilStep(
      t,
      step,
      '-n',
      'team-a',
      'granite-8b',
    );
    expect(problem).toMatchObject({ id: step, status: 'fail', fix });
    expect(json.code).toBe(1);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('team-a/granite-8b: unreachable\n');
    expect(text.stdout).toContain(failedStepText(problem!));
  });

  it('a namespace the shared Gateway does not admit', async () => {
    t.sim.apply({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'team-b' },
    });
    t.sim.apply({
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'LLMInferenceService',
      metadata: { name: 'mistral', namespace: 'team-b' },
      spec: {
        model: { uri: 'hf://example/mistral' },
        router: {
          route: {},
          gateway: {
            refs: [
              {
                name: 'openshift-ai-inference',
                namespace: 'openshift-ingress',
              },
            ],
          },
          scheduler: {},
        },
      },
    });
    const { report, problem, text } = await diagnoseUntilStep(
      t,
      'namespace-admitted',
      'mistral',
    );
    // the route's parent is not Accepted either: a later step, without the fix of the first
    expect(
      report.models[0].steps.find((s: { id: string }) => s.id === 'httproute'),
    ).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('Accepted=False (NotAllowedByListeners'),
    });
    expect(problem).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('team-b'),
      fix: expect.stringContaining('llm-d.ai/gateway-access'),
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(failedStepText(problem!));
  });
});

describe('llmd diagnose on a cluster without the AuthPolicy CRD', () => {
  const t = diagnoseSimulatorPerTest({
    omitCrds: ['authpolicies.kuadrant.io'],
  });

  it('names the missing CRD for a model with auth on, and the preflight check', async () => {
    const { report, problem, text } = await diagnoseUntilStep(
      t,
      'crds',
      '-n',
      'team-a',
      'granite-8b',
    );
    expect(problem?.fix).toMatch(
      /^install Red Hat Connectivity Link \(Kuadrant AuthPolicy CRD\), then touch the model/,
    );
    expect(
      report.preflight.checks.find(
        (c: { id: string }) => c.id === 'crd-authpolicy',
      ),
    ).toMatchObject({ status: 'fail' });
    const httproute = report.models[0].steps.find(
      (s: { id: string }) => s.id === 'httproute',
    );
    expect(httproute).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('GatewayPreconditionNotMet'),
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(failedStepText(problem!));
  });
});
