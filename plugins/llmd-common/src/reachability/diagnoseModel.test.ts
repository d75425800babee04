import type { DiagnosisStepId, ModelProbeResult } from '../api';
import { DIAGNOSIS_STEP_IDS } from '../api';
import { diagnoseModel } from './diagnoseModel';
import { memoryReachabilitySource } from './__testUtils__/memoryReachabilitySource';
import {
  condition,
  healthyScenario,
  type ReachabilityScenario,
  scenarioObjects,
  withoutCrd,
} from './__testUtils__/reachabilityFixtures';
import type { KindAccess, ReachabilityKind } from './reachabilitySource';

function diagnose(
  s: ReachabilityScenario,
  options: {
    access?: Partial<Record<ReachabilityKind, KindAccess>>;
    probe?: ModelProbeResult;
  } = {},
) {
  return diagnoseModel({
    cluster: 'prod',
    llmInferenceService: s.model,
    source: memoryReachabilitySource(scenarioObjects(s), options.access),
    ...(options.probe && { probe: options.probe }),
  });
}

function setCondition(
  s: ReachabilityScenario,
  type: string,
  status: string,
  reason: string,
  message?: string,
) {
  s.model.status.conditions = s.model.status.conditions.filter(
    (c: { type: string }) => c.type !== type,
  );
  s.model.status.conditions.push(condition(type, status, reason, message));
}

const probe = (
  anonymous: number,
  authenticated?: number,
): ModelProbeResult => ({
  url: 'http://203.0.113.10/team-a/granite-8b/v1/models',
  probedAt: '2026-01-01T00:00:00Z',
  anonymous: { status: anonymous, latencyMs: 12 },
  ...(authenticated !== undefined && {
    authenticated: {
      status: authenticated,
      latencyMs: 20,
      models: ['ibm-granite/granite-3.3-8b-instruct'],
    },
  }),
});

describe('diagnoseModel', () => {
  it('finds a healthy model reachable, every step in order', () => {
    const result = diagnose(healthyScenario(), { probe: probe(401, 200) });
    expect(result.steps.map(s => s.id)).toEqual([...DIAGNOSIS_STEP_IDS]);
    expect(result.steps.filter(s => s.status !== 'ok')).toEqual([]);
    expect(result.verdict).toBe('reachable');
    expect(result.probedAt).toBe('2026-01-01T00:00:00Z');
  });

  it('skips the probe when there is none and says whether probing is on', () => {
    const s = healthyScenario();
    const off = diagnose(s);
    expect(off.steps.at(-1)).toMatchObject({
      id: 'probe',
      status: 'skip',
      message: expect.stringContaining('probing is off'),
    });
    expect(off.verdict).toBe('reachable');
  });

  type Case = {
    name: string;
    breakIt: (s: ReachabilityScenario) => void;
    access?: Partial<Record<ReachabilityKind, KindAccess>>;
    probe?: ModelProbeResult;
    verdict: string;
    step: DiagnosisStepId;
    status?: string;
    message: RegExp;
    fix?: RegExp;
  };

  const cases: Case[] = [
    {
      name: 'AuthPolicy CRD missing with auth on: the controller deleted the HTTPRoute',
      breakIt: s => {
        withoutCrd(s, 'authpolicies.kuadrant.io');
        delete s.route;
        delete s.authPolicy;
        setCondition(
          s,
          'HTTPRoutesReady',
          'False',
          'GatewayPreconditionNotMet',
          'AuthPolicy CRD is not available, please install Red Hat Connectivity Link: precondition not met',
        );
      },
      verdict: 'unreachable',
      step: 'crds',
      message: /Kuadrant AuthPolicy \(auth is on\) is not installed/,
      fix: /install Red Hat Connectivity Link \(Kuadrant AuthPolicy CRD\), then touch the model: the controller deleted its HTTPRoute because auth is on/,
    },
    {
      name: 'Gateway not Programmed',
      breakIt: s => {
        s.gateway.status.conditions = [
          condition('Accepted'),
          condition(
            'Programmed',
            'False',
            'AddressNotAssigned',
            'No addresses have been assigned',
          ),
        ];
        setCondition(
          s,
          'GatewaysReady',
          'False',
          'GatewaysNotReady',
          'Gateway openshift-ingress/openshift-ai-inference is not ready',
        );
      },
      verdict: 'unreachable',
      step: 'gateway',
      message:
        /not programmed: Programmed=False \(AddressNotAssigned: No addresses have been assigned\).*GatewaysNotReady/,
      fix: /GatewayClass openshift-ai-inference/,
    },
    {
      name: 'referenced Gateway missing',
      breakIt: s => {
        s.model.spec.router.gateway.refs = [
          { name: 'team-a-gateway', namespace: 'team-a' },
        ];
        setCondition(
          s,
          'GatewaysReady',
          'False',
          'RefsInvalid',
          'Gateway team-a/team-a-gateway not found',
        );
      },
      verdict: 'unreachable',
      step: 'gateway',
      message: /Gateway team-a\/team-a-gateway does not exist.*RefsInvalid/,
      fix: /spec\.router\.gateway\.refs\[0\]/,
    },
    {
      name: 'Gateway without address (and so no URL)',
      breakIt: s => {
        s.gateway.status.addresses = [];
        delete s.model.status.url;
        delete s.model.status.addresses;
      },
      verdict: 'unreachable',
      step: 'gateway-address',
      message: /no external URL; KServe changes no condition for this/,
      fix: /MetalLB/,
    },
    {
      name: 'namespace not admitted by the shared Gateway (Selector)',
      breakIt: s => {
        delete s.namespace.metadata.labels!['llm-d.ai/gateway-access'];
      },
      verdict: 'unreachable',
      step: 'namespace-admitted',
      message:
        /does not admit routes from namespace team-a: listener http \(from: Selector/,
      fix: /kubectl label namespace team-a llm-d\.ai\/gateway-access=true/,
    },
    {
      name: 'namespace admitted through matchExpressions',
      breakIt: s => {
        s.gateway.spec.listeners[0].allowedRoutes.namespaces.selector = {
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold'] }],
        };
        s.namespace.metadata.labels!.tier = 'silver';
      },
      verdict: 'unreachable',
      step: 'namespace-admitted',
      message: /matchExpressions/,
      fix: /label namespace team-a to match/,
    },
    {
      name: 'HTTPRoute parent not Accepted',
      breakIt: s => {
        s.route!.status.parents[0].conditions = [
          condition(
            'Accepted',
            'False',
            'NotAllowedByListeners',
            'No listener allows this route',
          ),
          condition('ResolvedRefs'),
        ];
      },
      verdict: 'unreachable',
      step: 'httproute',
      message:
        /does not accept HTTPRoute team-a\/granite-8b-kserve-route: Accepted=False \(NotAllowedByListeners/,
      fix: /namespace-admitted/,
    },
    {
      name: 'HTTPRoute with unresolved backend',
      breakIt: s => {
        s.route!.status.parents[0].conditions = [
          condition('Accepted'),
          condition('ResolvedRefs', 'False', 'BackendNotFound'),
        ];
      },
      verdict: 'unreachable',
      step: 'httproute',
      message: /ResolvedRefs=False \(BackendNotFound\)/,
      fix: /ReferenceGrant/,
    },
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
      message:
        /without a token answered 200: auth is on, but the model is open/,
      fix: /AuthPolicy/,
    },
    {
      name: 'anonymous AuthPolicy on the route although auth is on',
      breakIt: s => {
        s.extra.push({
          apiVersion: 'kuadrant.io/v1',
          kind: 'AuthPolicy',
          metadata: {
            name: 'granite-8b-kserve-route-authn',
            namespace: 'team-a',
          },
          spec: {
            targetRef: {
              group: 'gateway.networking.k8s.io',
              kind: 'HTTPRoute',
              name: 'granite-8b-kserve-route',
            },
            rules: { authentication: { public: { anonymous: {} } } },
          },
        });
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
      fix: /grant the portal's service account list, watch gateways/,
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
      fix: /grant the portal's service account list, watch customresourcedefinitions/,
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

  it.each(cases)('$name', c => {
    const s = healthyScenario();
    c.breakIt(s);
    const result = diagnose(s, { access: c.access, probe: c.probe });
    expect(result.steps.map(st => st.id)).toEqual([...DIAGNOSIS_STEP_IDS]);
    expect(result.verdict).toBe(c.verdict);
    const first = result.steps.find(st => st.status === (c.status ?? 'fail'));
    expect(first?.id).toBe(c.step);
    expect(first?.message).toMatch(c.message);
    expect(first?.fix ?? '').toMatch(c.fix ?? /.*/);
  });

  it('decides CRDs by the served kinds when CRDs may not be read', () => {
    const result = diagnose(healthyScenario(), {
      access: {
        CustomResourceDefinition: {
          state: 'forbidden',
          permission:
            'list, watch customresourcedefinitions.apiextensions.k8s.io',
        },
      },
    });
    expect(result.steps[0]).toMatchObject({ id: 'crds', status: 'ok' });
    expect(result.verdict).toBe('reachable');
  });

  it('puts a fix on the first failing step and still evaluates the steps after it', () => {
    const s = healthyScenario();
    s.gateway.status.addresses = [];
    delete s.model.status.url;
    delete s.model.status.addresses;
    s.model.status.workloads.primary.readyReplicas = 0;
    const result = diagnose(s);
    const failing = result.steps
      .filter(st => st.status === 'fail')
      .map(st => st.id);
    expect(failing).toEqual(['gateway-address', 'workload', 'url']);
    expect(result.steps.find(st => st.status === 'fail')?.fix).toBeTruthy();
  });

  it('skips the Gateway chain for a model without a router', () => {
    const s = healthyScenario();
    delete s.model.spec.router;
    s.model.status = {
      addresses: [
        {
          url: 'http://granite-8b-kserve-workload-svc.team-a.svc.cluster.local',
        },
      ],
      conditions: [
        condition('Ready'),
        condition('WorkloadsReady'),
        condition('MainWorkloadReady'),
      ],
    };
    const result = diagnose(s);
    expect(
      Object.fromEntries(result.steps.map(st => [st.id, st.status])),
    ).toEqual({
      crds: 'ok',
      gateway: 'skip',
      'gateway-address': 'skip',
      'namespace-admitted': 'skip',
      httproute: 'skip',
      auth: 'skip',
      inferencepool: 'skip',
      scheduler: 'skip',
      workload: 'ok',
      url: 'warn',
      probe: 'skip',
    });
    expect(result.verdict).toBe('degraded');
  });

  it('attaches a route without gateway refs to the default Gateway', () => {
    const s = healthyScenario();
    delete s.model.spec.router.gateway;
    const result = diagnose(s);
    expect(result.steps.find(st => st.id === 'gateway')).toMatchObject({
      status: 'ok',
      object: 'Gateway openshift-ingress/openshift-ai-inference',
    });
  });

  it('finds a hashed route name through its owner reference', () => {
    const s = healthyScenario();
    s.route!.metadata.name = 'granite-8b-kserve-route-5d41402a';
    s.route!.metadata.labels = {};
    const result = diagnose(s);
    expect(result.steps.find(st => st.id === 'httproute')).toMatchObject({
      status: 'ok',
      object: 'HTTPRoute team-a/granite-8b-kserve-route-5d41402a',
    });
  });

  it('reads auth off as ok, open by intent', () => {
    const s = healthyScenario();
    s.model.metadata.annotations!['security.opendatahub.io/enable-auth'] =
      'False';
    const result = diagnose(s, { probe: probe(200) });
    expect(result.steps.find(st => st.id === 'auth')?.message).toMatch(
      /auth off.*anyone who reaches the Gateway can call the model/,
    );
    expect(result.verdict).toBe('reachable');
  });

  it('fails a probe that the token cannot pass and a 5xx', () => {
    expect(
      diagnose(healthyScenario(), { probe: probe(401, 403) }).steps.at(-1),
    ).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('the token was refused (403)'),
    });
    expect(
      diagnose(healthyScenario(), { probe: probe(503) }).steps.at(-1),
    ).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('503'),
    });
    const timeout = {
      ...probe(401),
      anonymous: { latencyMs: 5000, error: 'timeout after 5000 ms' },
    };
    expect(
      diagnose(healthyScenario(), { probe: timeout }).steps.at(-1),
    ).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('timeout after 5000 ms'),
    });
  });

  it('reads narrowly: no cluster-wide list, a bounded number of lookups per model', () => {
    const s = healthyScenario();
    const inner = memoryReachabilitySource(scenarioObjects(s));
    const calls: string[] = [];
    const source = {
      access: inner.access,
      list: (kind: ReachabilityKind, namespace?: string) => {
        calls.push(`list ${kind} ${namespace ?? '*'}`);
        return inner.list(kind, namespace);
      },
      get: (kind: ReachabilityKind, namespace: string, name: string) => {
        calls.push(`get ${kind}`);
        return inner.get(kind, namespace, name);
      },
    };
    diagnoseModel({ cluster: 'prod', llmInferenceService: s.model, source });
    expect(calls.filter(c => c.endsWith(' *'))).toEqual([]);
    expect(calls.length).toBeLessThan(30);
  });
});
