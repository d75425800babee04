import {
  anonymousRouteAuthPolicy,
  diagnose,
  diagnoseFault,
  expectedFault,
  type FaultCase,
  probe,
  setCondition,
} from './__testUtils__/diagnoseScenario';
import { healthyScenario } from './__testUtils__/reachabilityFixtures';

// One broken link per case: the diagnosis names the step, its message and its fix.
const cases: FaultCase[] = [
  {
    name: 'InferencePool missing',
    breakIt: s => {
      delete s.pool;
      setCondition(
        s,
        'InferencePoolReady',
        'False',
        'InferencePoolFetchError',
        'not found (checked v1 and v1alpha2)',
      );
    },
    verdict: 'unreachable',
    step: 'inferencepool',
    message:
      /InferencePool team-a\/granite-8b-inference-pool not found.*InferencePoolFetchError/,
    fix: /restart the controller/,
  },
  {
    name: 'InferencePool without a report from the Gateway (WaitingForGateway)',
    breakIt: s => {
      s.pool!.status = {};
      setCondition(
        s,
        'InferencePoolReady',
        'False',
        'WaitingForGateway',
        'exists but no Gateway controller has accepted it yet',
      );
    },
    verdict: 'degraded',
    step: 'inferencepool',
    status: 'warn',
    message: /kserve#5986/,
  },
  {
    name: 'scheduler not ready',
    breakIt: s => {
      s.model.status.workloads.scheduler.readyReplicas = 0;
      setCondition(
        s,
        'SchedulerWorkloadReady',
        'False',
        'MinimumReplicasUnavailable',
        'Deployment does not have minimum availability.',
      );
    },
    verdict: 'unreachable',
    step: 'scheduler',
    message: /SchedulerWorkloadReady=False \(MinimumReplicasUnavailable/,
    fix: /scheduler pod/,
  },
  {
    name: 'workload 0/N ready',
    breakIt: s => {
      s.model.status.workloads.primary.readyReplicas = 0;
      setCondition(
        s,
        'MainWorkloadReady',
        'False',
        'MinimumReplicasUnavailable',
        'Deployment does not have minimum availability.',
      );
    },
    verdict: 'unreachable',
    step: 'workload',
    message:
      /main 0\/2 ready: no main replica is ready \(MainWorkloadReady=False/,
    fix: /kubectl get pods -n team-a/,
  },
  {
    name: 'workload scaled to zero',
    breakIt: s => {
      s.model.spec.replicas = 0;
      s.model.status.workloads.primary.readyReplicas = 0;
    },
    verdict: 'unreachable',
    step: 'workload',
    message: /main 0\/0 ready: the main workload is scaled to zero/,
    fix: /set spec\.replicas to 1 or more/,
  },
  {
    name: 'workload partly ready',
    breakIt: s => {
      s.model.status.workloads.primary.readyReplicas = 1;
    },
    verdict: 'degraded',
    step: 'workload',
    status: 'warn',
    message: /main 1\/2 ready/,
  },
  {
    name: 'auth open when it should be closed (probe 200 anonymous)',
    breakIt: () => undefined,
    probe: probe(200, 200),
    verdict: 'unreachable',
    step: 'probe',
    message: /without a token answered 200: auth is on, but the model is open/,
    fix: /AuthPolicy/,
  },
  {
    name: 'anonymous AuthPolicy on the route although auth is on',
    breakIt: s => {
      s.extra.push(anonymousRouteAuthPolicy());
    },
    verdict: 'unreachable',
    step: 'auth',
    message: /lets anonymous requests in: the model is open/,
    fix: /delete AuthPolicy team-a\/granite-8b-kserve-route-authn/,
  },
  {
    name: 'only an in-cluster URL',
    breakIt: s => {
      s.model.status.url =
        'http://openshift-ai-inference-openshift-default.openshift-ingress.svc.cluster.local/team-a/granite-8b';
      s.model.status.addresses = [
        { name: 'gateway-internal', url: s.model.status.url },
      ];
    },
    verdict: 'degraded',
    step: 'url',
    status: 'warn',
    message: /only in-cluster URLs/,
  },
  {
    name: 'stopped model',
    breakIt: s => {
      s.model.metadata.annotations!['serving.kserve.io/stop'] = 'true';
    },
    verdict: 'unreachable',
    step: 'scheduler',
    message: /the model is stopped/,
    fix: /remove the serving\.kserve\.io\/stop annotation/,
  },
  {
    name: 'forbidden Gateways: unknown, naming the permission',
    breakIt: () => undefined,
    access: {
      Gateway: {
        state: 'forbidden',
        permission: 'list, watch gateways.gateway.networking.k8s.io',
      },
    },
    verdict: 'unknown',
    step: 'gateway',
    status: 'unknown',
    message:
      /missing permission: list, watch gateways\.gateway\.networking\.k8s\.io/,
    fix: /grant list, watch gateways/,
  },
  {
    name: 'forbidden Namespaces with a Selector listener: unknown, naming the permission',
    breakIt: () => undefined,
    access: {
      Namespace: { state: 'forbidden', permission: 'list, watch namespaces' },
    },
    verdict: 'unknown',
    step: 'namespace-admitted',
    status: 'unknown',
    message:
      /cannot tell whether Gateway openshift-ingress\/openshift-ai-inference admits namespace team-a.*list, watch namespaces/,
  },
  {
    name: 'forbidden CRDs and AuthPolicies: unknown, naming the CRD permission',
    breakIt: () => undefined,
    access: {
      CustomResourceDefinition: {
        state: 'forbidden',
        permission:
          'list, watch customresourcedefinitions.apiextensions.k8s.io',
      },
      AuthPolicy: {
        state: 'forbidden',
        permission: 'list, watch authpolicies.kuadrant.io',
      },
    },
    verdict: 'unknown',
    step: 'crds',
    status: 'unknown',
    message:
      /cannot tell whether authpolicies\.kuadrant\.io is installed: .*list, watch customresourcedefinitions\.apiextensions\.k8s\.io/,
    fix: /grant list, watch customresourcedefinitions/,
  },
  {
    name: 'AuthPolicy CRD missing, told by a 404 on AuthPolicies while CRDs are forbidden',
    breakIt: s => {
      delete s.authPolicy;
    },
    access: {
      CustomResourceDefinition: {
        state: 'forbidden',
        permission:
          'list, watch customresourcedefinitions.apiextensions.k8s.io',
      },
      AuthPolicy: { state: 'not-installed' },
    },
    verdict: 'unreachable',
    step: 'crds',
    message: /Kuadrant AuthPolicy/,
    fix: /install Red Hat Connectivity Link/,
  },
];

describe('diagnoseModel: broken links from auth to the probe, and unreadable kinds', () => {
  it.each(cases)('$name', c => {
    expect(diagnoseFault(c)).toEqual(expectedFault(c));
  });
});

describe('diagnoseModel: the url step', () => {
  it('keeps a private LoadBalancer address (MetalLB on premises) reachable, though KServe lists it as internal', () => {
    const s = healthyScenario();
    s.model.status.url = 'http://192.168.1.240/team-a/granite-8b';
    s.model.status.addresses = [
      { name: 'gateway-internal', url: s.model.status.url },
    ];
    const { verdict, steps } = diagnose(s);
    expect(verdict).toBe('reachable');
    expect(steps.find(step => step.id === 'url')).toMatchObject({
      status: 'ok',
      message: expect.stringMatching(/192\.168\.1\.240.*private address/),
    });
  });
});
