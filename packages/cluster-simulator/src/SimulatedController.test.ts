import { eventually } from '@internal/test-support';
import { clientsFor, llmisvc } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

const V1A1 = 'serving.kserve.io/v1alpha1';

function gateway(
  namespace: string,
  name: string,
  protocol = 'HTTP',
  port = 80,
  from = 'Same',
) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name, namespace },
    spec: {
      gatewayClassName: 'openshift-ai-inference',
      listeners: [
        {
          name: 'main',
          protocol,
          port,
          allowedRoutes: { namespaces: { from } },
        },
      ],
    },
  };
}

function withGateway(
  namespace: string,
  name: string,
  gatewayName: string,
  extra: Record<string, unknown> = {},
) {
  const obj = llmisvc(namespace, name, extra);
  (obj.spec as any).router.gateway = {
    refs: [{ name: gatewayName, namespace }],
  };
  return obj;
}

const conditionsOf = (obj: any): Record<string, string> =>
  Object.fromEntries(
    (obj?.status?.conditions ?? []).map((c: any) => [c.type, c.status]),
  );

describe('simulated KServe controller', () => {
  let sim: ClusterSimulator;
  afterEach(() => sim.close());

  const read = (namespace: string, name: string): any =>
    sim.get(V1A1, 'LLMInferenceService', namespace, name);

  it('fills Gateway and LLMInferenceService status, and watchers see it', async () => {
    sim = await startClusterSimulator({ controller: true });
    const events: Array<{ type: string; object: any }> = [];
    const watch = await clientsFor(sim).watch.watch(
      '/apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices',
      {},
      (type, object) => events.push({ type, object }),
      () => {},
    );
    sim.apply(gateway('team-a', 'team-a-gateway'));
    sim.apply(withGateway('team-a', 'granite', 'team-a-gateway'));

    const ready = await eventually(
      'team-a/granite to be Ready',
      () =>
        conditionsOf(read('team-a', 'granite')).Ready === 'True' &&
        read('team-a', 'granite'),
    );
    expect(ready.status).toMatchObject({
      url: 'http://192.168.1.240/team-a/granite',
      addresses: [{ url: 'http://192.168.1.240/team-a/granite' }],
      observedGeneration: 1,
    });
    expect(conditionsOf(ready)).toEqual({
      PresetsCombined: 'True',
      Ready: 'True',
      WorkloadsReady: 'True',
      RouterReady: 'True',
      MainWorkloadReady: 'True',
      SchedulerWorkloadReady: 'True',
      GatewaysReady: 'True',
      HTTPRoutesReady: 'True',
      InferencePoolReady: 'True',
    });
    for (const condition of ready.status.conditions) {
      expect(condition).toMatchObject({
        lastTransitionTime: expect.any(String),
      });
    }
    const gw: any = sim.get(
      'gateway.networking.k8s.io/v1',
      'Gateway',
      'team-a',
      'team-a-gateway',
    );
    expect(gw.status.addresses).toEqual([
      { type: 'IPAddress', value: '192.168.1.240' },
    ]);
    expect(conditionsOf(gw)).toEqual({ Accepted: 'True', Programmed: 'True' });

    await eventually('a MODIFIED event', () =>
      events.some(e => e.type === 'MODIFIED' && e.object.status?.url),
    );
    watch.abort();
  });

  it('uses https for an HTTPS listener, reports prefill and follows new generations', async () => {
    sim = await startClusterSimulator({ controller: { readyAfterMs: 0 } });
    sim.apply(gateway('team-b', 'secure', 'HTTPS', 8443));
    sim.apply(
      withGateway('team-b', 'pd', 'secure', { prefill: { replicas: 1 } }),
    );
    const ready = await eventually(
      'team-b/pd to be Ready',
      () =>
        conditionsOf(read('team-b', 'pd')).Ready === 'True' &&
        read('team-b', 'pd'),
    );
    expect(ready.status.url).toBe('https://192.168.1.240:8443/team-b/pd');
    expect(conditionsOf(ready).PrefillWorkloadReady).toBe('True');

    sim.apply({
      ...ready,
      spec: { ...ready.spec, replicas: 4 },
      status: undefined,
    });
    await eventually(
      'observedGeneration 2',
      () => read('team-b', 'pd').status.observedGeneration === 2,
    );
  });

  it('reports the default Gateway missing (RefsInvalid) until it exists', async () => {
    sim = await startClusterSimulator({ controller: true });
    sim.apply(llmisvc('team-c', 'plain'));
    const waiting = await eventually(
      'team-c/plain to get a status',
      () => read('team-c', 'plain').status && read('team-c', 'plain'),
    );
    // Without gateway refs KServe evaluates no GatewaysReady; the managed route's parent is what is missing.
    expect(conditionsOf(waiting)).toMatchObject({
      Ready: 'False',
      HTTPRoutesReady: 'False',
      RouterReady: 'False',
    });
    expect(conditionsOf(waiting).GatewaysReady).toBeUndefined();
    expect(
      waiting.status.conditions.find((c: any) => c.type === 'Ready'),
    ).toMatchObject({
      reason: 'RefsInvalid',
      message:
        'Managed HTTPRoute references non-existent Gateway openshift-ingress/openshift-ai-inference',
    });
    expect(waiting.status.url).toBeUndefined();

    sim.apply(
      gateway('openshift-ingress', 'openshift-ai-inference', 'HTTP', 80, 'All'),
    );
    const ready = await eventually(
      'team-c/plain to be Ready',
      () =>
        conditionsOf(read('team-c', 'plain')).Ready === 'True' &&
        read('team-c', 'plain'),
    );
    expect(ready.status.url).toBe('http://192.168.1.240/team-c/plain');
  });

  it('becomes Ready only after readyAfterMs', async () => {
    sim = await startClusterSimulator({ controller: { readyAfterMs: 300 } });
    sim.apply(gateway('team-a', 'gw'));
    sim.apply(withGateway('team-a', 'slow', 'gw'));
    const progressing = await eventually(
      'team-a/slow to get a status',
      () => read('team-a', 'slow').status && read('team-a', 'slow'),
    );
    expect(conditionsOf(progressing)).toMatchObject({
      Ready: 'False',
      WorkloadsReady: 'False',
      RouterReady: 'True',
    });
    await eventually(
      'Ready',
      () => conditionsOf(read('team-a', 'slow')).Ready === 'True',
    );
  });

  it('reconciles seeded objects on start', async () => {
    sim = await startClusterSimulator({
      controller: true,
      objects: [gateway('team-a', 'gw'), withGateway('team-a', 'seeded', 'gw')],
    });
    const ready = await eventually(
      'Ready',
      () =>
        conditionsOf(read('team-a', 'seeded')).Ready === 'True' &&
        read('team-a', 'seeded'),
    );
    expect(ready.status.url).toBe('http://192.168.1.240/team-a/seeded');
  });
});
