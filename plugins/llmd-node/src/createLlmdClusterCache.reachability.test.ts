import type { ClusterSimulator } from '@llmd/cluster-simulator';
import { eventually } from '@internal/test-support';
import type { StoppableLlmdClusterCache } from './createLlmdClusterCache';
import { reachabilitySourceOf } from './reachabilitySourceOf';
import { cacheTestHarness } from './__testUtils__/cacheTestHarness';
import {
  authPolicy,
  AUXILIARY,
  CACHE_RESOURCES,
  httpRoute,
  names,
  reachabilitySeed,
} from './__testUtils__/reachabilityFixtures';
import { clusterFor } from './__testUtils__/simulatorFixtures';

describe('cluster cache: the kinds of the reachability evaluation', () => {
  const harness = cacheTestHarness();
  let sim: ClusterSimulator;

  /** A cache of one simulator ('c1'); `token` replaces the admin token. */
  async function start(
    options: Parameters<typeof harness.startSimulator>[0] = {},
    token?: string,
    unavailableKindRetryMs?: number,
  ): Promise<StoppableLlmdClusterCache> {
    sim = await harness.startSimulator({
      objects: reachabilitySeed(),
      ...options,
    });
    const cluster = clusterFor(sim, 'c1');
    const { cache } = await harness.startSyncedCache(
      [
        token
          ? { ...cluster, auth: { type: 'serviceAccountToken', token } }
          : cluster,
      ],
      {},
      { unavailableKindRetryMs },
    );
    return cache;
  }

  it('lists and watches every kind, indexed by namespace, lean', async () => {
    const cache = await start({ crdSchemas: true });
    await eventually('every kind listed', () =>
      AUXILIARY.every(kind => cache.access('c1', kind).state === 'ok'),
    );
    const source = reachabilitySourceOf(cache, 'c1');
    expect(names(source.list('HTTPRoute', 'team-a'))).toEqual(['m1']);
    expect(names(source.list('HTTPRoute'))).toEqual(['m1', 'm2']);
    expect(names(source.list('InferencePool'))).toEqual(['m1']);
    expect(names(source.list('InferencePoolV1alpha2', 'team-b'))).toEqual([
      'm2',
    ]);
    expect(names(source.list('AuthPolicy', 'team-b'))).toEqual([]);
    expect(
      source.get('Namespace', 'ignored', 'team-a')?.metadata.labels,
    ).toEqual({
      tenant: 'a',
    });
    expect(source.get('GatewayClass', '', 'openshift-default')).toBeDefined();
    expect(source.access('LLMInferenceService')).toEqual({ state: 'ok' });

    // CRDs keep what the checks read, not their schemas; no object keeps managedFields.
    const crd = source.get(
      'CustomResourceDefinition',
      '',
      'httproutes.gateway.networking.k8s.io',
    );
    const versions = (crd?.spec as { versions: object[] }).versions;
    expect(versions).toContainEqual(
      expect.objectContaining({ name: 'v1', served: true, storage: true }),
    );
    expect(JSON.stringify(versions)).not.toContain('openAPIV3Schema');
    sim.apply({
      ...httpRoute('team-a', 'm3'),
      metadata: {
        namespace: 'team-a',
        name: 'm3',
        managedFields: [{ manager: 'kubectl', operation: 'Apply' }],
      },
    });
    expect(
      (
        sim.list('gateway.networking.k8s.io/v1', 'HTTPRoute', 'team-a') as any[]
      ).find(o => o.metadata.name === 'm3').metadata.managedFields,
    ).toHaveLength(1);
    await eventually('the new route', () =>
      source.get('HTTPRoute', 'team-a', 'm3'),
    );
    expect(
      source.get('HTTPRoute', 'team-a', 'm3')!.metadata,
    ).not.toHaveProperty('managedFields');

    const health = cache.getCluster('c1')!;
    expect(health.objectCounts).toMatchObject({
      HTTPRoute: 3,
      InferencePool: 1,
      AuthPolicy: 1,
    });
    expect(health.kindAccess).toMatchObject({ AuthPolicy: { state: 'ok' } });
  });

  it('reports a kind whose CRD is missing as not installed, keeps the cluster healthy, and picks it up once installed', async () => {
    const cache = await start({
      objects: reachabilitySeed().filter(
        o => (o as { kind: string }).kind !== 'AuthPolicy',
      ),
      omitCrds: ['authpolicies.kuadrant.io'],
    });
    await eventually(
      'AuthPolicy to be not installed',
      () => cache.access('c1', 'AuthPolicy').state === 'not-installed',
    );
    expect(cache.getCluster('c1')).toMatchObject({
      connected: true,
      synced: true,
      stale: false,
      kindAccess: {
        AuthPolicy: { state: 'not-installed' },
        HTTPRoute: { state: 'ok' },
      },
    });
    expect(cache.getCluster('c1')!.lastError).toBeUndefined();

    // Installing the CRD is seen by the CRD watch: no 60 s wait.
    sim.apply(authPolicyCrd());
    await eventually(
      'AuthPolicy to be readable',
      () => cache.access('c1', 'AuthPolicy').state === 'ok',
      { timeoutMs: 3000 },
    );
    sim.apply(authPolicy('team-a', 'm1'));
    await eventually('the AuthPolicy', () =>
      cache.get('c1', 'AuthPolicy', 'team-a', 'm1'),
    );
  });

  it('reports a kind the credentials may not read as forbidden, naming the permission', async () => {
    const token = 'no-routes';
    const cache = await start(
      {
        tokens: {
          [token]: [
            {
              verbs: ['get', 'list', 'watch'],
              apiGroups: ['*'],
              resources: CACHE_RESOURCES.filter(r => r !== 'httproutes'),
            },
          ],
        },
      },
      token,
    );
    await eventually(
      'HTTPRoute to be forbidden',
      () => cache.access('c1', 'HTTPRoute').state === 'forbidden',
    );
    expect(cache.access('c1', 'HTTPRoute')).toEqual({
      state: 'forbidden',
      permission:
        'list, watch httproutes.gateway.networking.k8s.io (cluster-wide)',
    });
    expect(cache.getCluster('c1')).toMatchObject({
      connected: true,
      synced: true,
      stale: false,
    });
    expect(cache.access('c1', 'InferencePool')).toEqual({ state: 'ok' });
    expect(cache.access('nope', 'Gateway').state).toBe('error');
  });

  it('retries a kind not installed by itself when it cannot see CRDs', async () => {
    const token = 'no-crds';
    const cache = await start(
      {
        objects: reachabilitySeed().filter(
          o => (o as { kind: string }).kind !== 'AuthPolicy',
        ),
        omitCrds: ['authpolicies.kuadrant.io'],
        tokens: {
          [token]: [
            {
              verbs: ['get', 'list', 'watch'],
              apiGroups: ['*'],
              resources: CACHE_RESOURCES.filter(
                r => r !== 'customresourcedefinitions',
              ),
            },
          ],
        },
      },
      token,
      300,
    );
    await eventually(
      'AuthPolicy to be not installed',
      () => cache.access('c1', 'AuthPolicy').state === 'not-installed',
    );
    expect(cache.access('c1', 'CustomResourceDefinition').state).toBe(
      'forbidden',
    );
    const lists = sim.stats.byVerb.list;
    sim.apply(authPolicyCrd());
    await eventually(
      'AuthPolicy to be readable',
      () => cache.access('c1', 'AuthPolicy').state === 'ok',
      { timeoutMs: 3000 },
    );
    // slow retries: a few lists in that time, not a tight loop
    expect(sim.stats.byVerb.list - lists).toBeLessThan(10);
  });
});

/** The AuthPolicy CRD as an operator would install it. */
function authPolicyCrd() {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'authpolicies.kuadrant.io' },
    spec: {
      group: 'kuadrant.io',
      scope: 'Namespaced',
      names: {
        kind: 'AuthPolicy',
        plural: 'authpolicies',
        singular: 'authpolicy',
        listKind: 'AuthPolicyList',
      },
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object' } },
        },
      ],
    },
  };
}
