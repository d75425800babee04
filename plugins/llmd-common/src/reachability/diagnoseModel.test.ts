import { DIAGNOSIS_STEP_IDS } from '../api';
import { diagnoseModel } from './diagnoseModel';
import { memoryReachabilitySource } from './__testUtils__/memoryReachabilitySource';
import {
  anonymousRouteAuthPolicy,
  diagnose,
  probe,
} from './__testUtils__/diagnoseScenario';
import { condition } from './__testUtils__/crdFixtures';
import {
  healthyScenario,
  scenarioObjects,
} from './__testUtils__/reachabilityFixtures';
import type { ReachabilityKind } from './reachabilitySource';

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

  it('reads auth off as ok, open by intent, when an anonymous AuthPolicy overrides the Gateway', () => {
    const s = healthyScenario();
    s.model.metadata.annotations!['security.opendatahub.io/enable-auth'] =
      'False';
    s.extra.push(anonymousRouteAuthPolicy());
    const result = diagnose(s, { probe: probe(200) });
    expect(result.steps.find(st => st.id === 'auth')?.message).toMatch(
      /auth off.*anyone who reaches the Gateway can call the model/,
    );
    expect(result.verdict).toBe('reachable');
  });

  it('warns when auth is off but only the Gateway policy applies (clients get 401)', () => {
    const s = healthyScenario();
    s.model.metadata.annotations!['security.opendatahub.io/enable-auth'] =
      'false';
    expect(diagnose(s).steps.find(st => st.id === 'auth')).toMatchObject({
      status: 'warn',
      object: 'AuthPolicy openshift-ingress/openshift-ai-inference-authn',
      message: expect.stringContaining('clients without a token get 401'),
    });
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
