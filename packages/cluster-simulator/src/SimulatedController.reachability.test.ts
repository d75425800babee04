import {
  modelManifest,
  namespaceManifest,
  routerReader,
  SIMULATION_ANNOTATIONS,
} from './__testUtils__/routerFixtures';
import { clientsFor } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { eventually, gatewayManifest } from '@internal/test-support';
import { ClusterSimulator, ClusterSimulatorOptions } from './types';

const TEAM_GATEWAY = { namespace: 'team-a', name: 'team-a-gateway' };

const gatewayClassManifest = (name: string) => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'GatewayClass',
  metadata: { name },
  spec: { controllerName: 'openshift.io/gateway-controller/v1' },
});

describe('simulated OpenShift AI controller: Ready but unreachable', () => {
  let sim: ClusterSimulator;
  afterEach(() => sim.close());

  async function start(
    options: ClusterSimulatorOptions = {},
    objects: object[] = [],
  ) {
    sim = await startClusterSimulator({
      controller: true,
      objects,
      ...options,
    });
    return routerReader(sim);
  }

  it('healthy: owns an HTTPRoute, an InferencePool (v1) and the Gateway AuthPolicy; Ready with a URL', async () => {
    const read = await start({}, [
      gatewayClassManifest('openshift-ai-inference'),
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
    ]);
    await read.waitFor('team-a', 'granite', 'Ready', 'True');
    const model = await read.model('team-a', 'granite');
    expect(model.status.url).toBe('http://192.168.1.240/team-a/granite');
    const owner = {
      kind: 'LLMInferenceService',
      name: 'granite',
      uid: model.metadata.uid,
      controller: true,
    };

    // the Gateway implementation accepts the GatewayClass
    const gatewayClass = await eventually('GatewayClass accepted', async () => {
      const found: any = await clientsFor(sim).custom.getClusterCustomObject({
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        plural: 'gatewayclasses',
        name: 'openshift-ai-inference',
      });
      return found.status?.conditions?.length ? found : undefined;
    });
    expect(gatewayClass.status.conditions).toEqual([
      expect.objectContaining({ type: 'Accepted', status: 'True' }),
    ]);

    const route = await read.httpRoute('team-a', 'granite-kserve-route');
    expect(route.metadata.ownerReferences).toEqual([
      expect.objectContaining(owner),
    ]);
    expect(route.spec.parentRefs).toEqual([
      expect.objectContaining(TEAM_GATEWAY),
    ]);
    expect(route.spec.rules[0]).toMatchObject({
      matches: [{ path: { type: 'PathPrefix', value: '/team-a/granite' } }],
      backendRefs: [
        {
          group: 'inference.networking.k8s.io',
          kind: 'InferencePool',
          name: 'granite-inference-pool',
        },
      ],
    });
    expect(route.status.parents).toEqual([
      expect.objectContaining({
        controllerName: 'openshift.io/gateway-controller/v1',
        conditions: [
          expect.objectContaining({ type: 'Accepted', status: 'True' }),
          expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
        ],
      }),
    ]);
    const pool = await read.inferencePool('team-a', 'granite-inference-pool');
    expect(pool.metadata.ownerReferences).toEqual([
      expect.objectContaining(owner),
    ]);
    expect(pool.status.parents[0]).toMatchObject({
      parentRef: { kind: 'Gateway', ...TEAM_GATEWAY },
      conditions: [
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
        expect.anything(),
      ],
    });
    // Auth on (no annotation): odh-model-controller's policy is on the Gateway, none on the route.
    const policy = await read.authPolicy('team-a', 'team-a-gateway-authn');
    expect(policy.spec.targetRef).toEqual({
      group: 'gateway.networking.k8s.io',
      kind: 'Gateway',
      name: 'team-a-gateway',
    });
    expect(
      await read.missing(
        read.authPolicy('team-a', 'granite-kserve-route-authn'),
      ),
    ).toBe(404);
  });

  it('auth off: an anonymous AuthPolicy targets the model HTTPRoute', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'open', {
        gateway: TEAM_GATEWAY,
        annotations: { 'security.opendatahub.io/enable-auth': 'False' },
      }),
    ]);
    await read.waitFor('team-a', 'open', 'Ready', 'True');
    const policy = await read.authPolicy('team-a', 'open-kserve-route-authn');
    expect(policy.spec).toMatchObject({
      targetRef: { kind: 'HTTPRoute', name: 'open-kserve-route' },
      rules: { authentication: { public: { anonymous: {} } } },
    });
  });

  it('AuthPolicy CRD missing with auth on: deletes the HTTPRoute, HTTPRoutesReady GatewayPreconditionNotMet', async () => {
    const read = await start({ omitCrds: ['authpolicies.kuadrant.io'] }, [
      gatewayManifest('team-a', 'team-a-gateway'),
      // A route left from before: the controller deletes it.
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'granite-kserve-route', namespace: 'team-a' },
        spec: { parentRefs: [TEAM_GATEWAY] },
      },
      modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
    ]);
    const condition = await read.waitFor(
      'team-a',
      'granite',
      'HTTPRoutesReady',
      'False',
    );
    expect(condition).toMatchObject({
      reason: 'GatewayPreconditionNotMet',
      message:
        'AuthPolicy CRD is not available, please install Red Hat Connectivity Link: precondition not met',
    });
    expect(await read.condition('team-a', 'granite', 'Ready')).toMatchObject({
      status: 'False',
      reason: 'GatewayPreconditionNotMet',
    });
    expect(
      await read.missing(read.httpRoute('team-a', 'granite-kserve-route')),
    ).toBe(404);
    expect((await read.model('team-a', 'granite')).status.url).toBeUndefined();
  });

  it('auth off without the AuthPolicy CRD: routed as usual', async () => {
    const read = await start({ omitCrds: ['authpolicies.kuadrant.io'] }, [
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'open', {
        gateway: TEAM_GATEWAY,
        annotations: { 'security.opendatahub.io/enable-auth': 'false' },
      }),
    ]);
    await read.waitFor('team-a', 'open', 'Ready', 'True');
    expect(
      (await read.httpRoute('team-a', 'open-kserve-route')).metadata.name,
    ).toBe('open-kserve-route');
  });

  it('Gateway not Programmed: GatewaysReady GatewaysNotReady', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway', {
        annotations: { [SIMULATION_ANNOTATIONS.gatewayProgrammed]: 'false' },
      }),
      modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
    ]);
    const condition = await read.waitFor(
      'team-a',
      'granite',
      'GatewaysReady',
      'False',
    );
    expect(condition).toMatchObject({
      reason: 'GatewaysNotReady',
      message: 'The following Gateways are not ready: [team-a/team-a-gateway]',
    });
    expect(
      await read.condition('team-a', 'granite', 'RouterReady'),
    ).toMatchObject({ reason: 'GatewaysNotReady' });
    const gateway = await read.gateway('team-a', 'team-a-gateway');
    expect(gateway.status.conditions).toEqual([
      expect.objectContaining({ type: 'Accepted', status: 'True' }),
      expect.objectContaining({ type: 'Programmed', status: 'False' }),
    ]);
    expect(gateway.status.addresses).toBeUndefined();
  });

  it('referenced Gateway missing: GatewaysReady RefsInvalid, no HTTPRoute', async () => {
    const read = await start({}, [
      modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
    ]);
    const condition = await read.waitFor(
      'team-a',
      'granite',
      'GatewaysReady',
      'False',
    );
    expect(condition).toMatchObject({
      reason: 'RefsInvalid',
      message: 'Gateway team-a/team-a-gateway does not exist',
    });
    expect(
      await read.missing(read.httpRoute('team-a', 'granite-kserve-route')),
    ).toBe(404);
  });

  it('Gateway without an address: no URL, no addresses, and the conditions stay Ready', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway', {
        annotations: { [SIMULATION_ANNOTATIONS.gatewayAddress]: 'none' },
      }),
      modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
    ]);
    await read.waitFor('team-a', 'granite', 'Ready', 'True');
    const model = await read.model('team-a', 'granite');
    expect(model.status.url).toBeUndefined();
    expect(model.status.addresses).toBeUndefined();
    expect(model.status.conditions.every((c: any) => c.status === 'True')).toBe(
      true,
    );
    const gateway = await read.gateway('team-a', 'team-a-gateway');
    expect(gateway.status.addresses).toBeUndefined();
    expect(gateway.status.conditions[1]).toMatchObject({
      type: 'Programmed',
      status: 'True',
    });
  });

  it('namespace not admitted by a shared Gateway: parent NotAllowedByListeners, HTTPRoutesNotReady; labelling it fixes it', async () => {
    const shared = {
      namespace: 'openshift-ingress',
      name: 'openshift-ai-inference',
    };
    const read = await start({}, [
      namespaceManifest('team-b'),
      gatewayManifest(shared.namespace, shared.name, {
        from: 'Selector',
        selector: { matchLabels: { 'llm-d.ai/gateway-access': 'true' } },
      }),
      modelManifest('team-b', 'tenant-model'),
    ]);
    const condition = await read.waitFor(
      'team-b',
      'tenant-model',
      'HTTPRoutesReady',
      'False',
    );
    expect(condition.reason).toBe('HTTPRoutesNotReady');
    expect(condition.message).toBe(
      'The following HTTPRoutes are not ready: [team-b/tenant-model-kserve-route: "False" (reason "NotAllowedByListeners", message "No listeners included by this parent ref allowed this attachment.")]',
    );
    const route = await read.httpRoute('team-b', 'tenant-model-kserve-route');
    expect(route.status.parents[0]).toMatchObject({
      parentRef: shared,
      conditions: [
        expect.objectContaining({
          type: 'Accepted',
          status: 'False',
          reason: 'NotAllowedByListeners',
        }),
        expect.anything(),
      ],
    });
    expect(
      await read.condition('team-b', 'tenant-model', 'InferencePoolReady'),
    ).toMatchObject({
      status: 'False',
      reason: 'InferencePoolNotReady',
    });

    sim.apply(
      namespaceManifest('team-b', { 'llm-d.ai/gateway-access': 'true' }),
    );
    await read.waitFor('team-b', 'tenant-model', 'Ready', 'True');
  });

  it('InferencePool missing: InferencePoolReady InferencePoolFetchError', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'granite', {
        gateway: TEAM_GATEWAY,
        annotations: { [SIMULATION_ANNOTATIONS.inferencePool]: 'missing' },
      }),
    ]);
    const condition = await read.waitFor(
      'team-a',
      'granite',
      'InferencePoolReady',
      'False',
    );
    expect(condition).toMatchObject({
      reason: 'InferencePoolFetchError',
      message:
        'Inference Pool team-a/granite-inference-pool not found (checked v1 and v1alpha2)',
    });
    expect(
      await read.missing(
        read.inferencePool('team-a', 'granite-inference-pool'),
      ),
    ).toBe(404);
  });

  it('serves the legacy v1alpha2 InferencePool when v1 is not installed', async () => {
    const read = await start(
      { omitCrds: ['inferencepools.inference.networking.k8s.io'] },
      [
        gatewayManifest('team-a', 'team-a-gateway'),
        modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
      ],
    );
    await read.waitFor('team-a', 'granite', 'Ready', 'True');
    const pool = await read.inferencePoolV1alpha2(
      'team-a',
      'granite-inference-pool',
    );
    expect(pool.spec).toMatchObject({ targetPortNumber: 8000 });
    expect(pool.status.parent[0].conditions[0]).toMatchObject({
      type: 'Accepted',
      status: 'True',
    });
    const route = await read.httpRoute('team-a', 'granite-kserve-route');
    expect(route.spec.rules[0].backendRefs[0].group).toBe(
      'inference.networking.x-k8s.io',
    );
  });

  it('scheduler not ready: SchedulerWorkloadReady False, RouterReady copies it', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'granite', {
        gateway: TEAM_GATEWAY,
        annotations: { [SIMULATION_ANNOTATIONS.schedulerReady]: 'false' },
      }),
    ]);
    await read.waitFor('team-a', 'granite', 'SchedulerWorkloadReady', 'False');
    expect(
      await read.condition('team-a', 'granite', 'RouterReady'),
    ).toMatchObject({
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
    });
    expect((await read.model('team-a', 'granite')).status.url).toBe(
      'http://192.168.1.240/team-a/granite',
    );
  });

  it('0 of N replicas ready: MainWorkloadReady and WorkloadsReady False, the router stays Ready', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'granite', {
        gateway: TEAM_GATEWAY,
        replicas: 3,
        annotations: { [SIMULATION_ANNOTATIONS.readyReplicas]: '0' },
      }),
    ]);
    const condition = await read.waitFor(
      'team-a',
      'granite',
      'WorkloadsReady',
      'False',
    );
    expect(condition).toMatchObject({
      reason: 'MinimumReplicasUnavailable',
      message: 'Deployment does not have minimum availability.',
    });
    expect(
      await read.condition('team-a', 'granite', 'RouterReady'),
    ).toMatchObject({ status: 'True' });
    expect(await read.condition('team-a', 'granite', 'Ready')).toMatchObject({
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
    });
  });

  it('keeps transition times: recomputing an unchanged status writes nothing', async () => {
    const read = await start({}, [
      gatewayManifest('team-a', 'team-a-gateway'),
      modelManifest('team-a', 'granite', { gateway: TEAM_GATEWAY }),
    ]);
    await read.waitFor('team-a', 'granite', 'Ready', 'True');
    const before = await read.model('team-a', 'granite');
    sim.apply(
      gatewayManifest('team-a', 'team-a-gateway', {
        annotations: { touched: 'yes' },
      }),
    );
    await new Promise(resolve => setTimeout(resolve, 100));
    const after = await read.model('team-a', 'granite');
    expect(after.metadata.resourceVersion).toBe(
      before.metadata.resourceVersion,
    );
  });
});
