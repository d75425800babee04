import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { llmdClusterCacheServiceRef } from '../llmdClusterCacheServiceRef';
import { reachabilitySourceOf } from '../reachabilitySourceOf';
import type { ClusterCacheEvent, KubeObject, LlmdClusterCache } from '../types';
import { capturingLogger } from './capturingLogger';
import { llmdClusterCacheMock } from './LlmdClusterCacheMock';

const model = (name: string, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: { name, namespace: 'team-a', labels },
});

const crd = (group: string): KubeObject => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `widgets.${group}` },
  spec: { group },
});

/** A plugin that hands its cache and logger to the test. */
function probe(seen: { cache?: LlmdClusterCache }) {
  return createBackendPlugin({
    pluginId: 'probe',
    register(env) {
      env.registerInit({
        deps: {
          cache: llmdClusterCacheServiceRef,
          logger: coreServices.logger,
        },
        async init({ cache, logger }) {
          seen.cache = cache;
          logger.child({ step: 'init' }).warn('probe started', new Error('e'));
        },
      });
    },
  });
}

describe('llmdClusterCacheMock', () => {
  it('lists in cluster order and emits what a test changes', () => {
    const cache = llmdClusterCacheMock({
      clusters: [
        'east',
        { name: 'west', defaults: { eppDialect: 'router-v0.10' } },
      ],
      objects: [{ cluster: 'west', object: model('b') }],
    });
    const events: ClusterCacheEvent[] = [];
    const unsubscribe = cache.subscribe(e => events.push(e));
    cache.put('east', model('a'));
    cache.put('east', model('a', { tier: 'gold' }));
    cache.setHealthy('west', false);
    unsubscribe();
    cache.delete('east', model('a'));

    expect(
      cache.list('LLMInferenceService').map(o => o.object.metadata.name),
    ).toEqual(['b']);
    expect(events.map(e => e.type)).toEqual(['added', 'modified', 'health']);
    expect(cache.getCluster('west')).toMatchObject({
      connected: false,
      stale: true,
      objectCounts: { LLMInferenceService: 1, Gateway: 0 },
      defaults: { eppDialect: 'router-v0.10', llmisvcApiVersion: 'v1alpha1' },
    });
    expect(cache.getCluster('north')).toBeUndefined();
  });

  it('holds waitForInitialSync until the test finishes it, when asked to', async () => {
    const cache = llmdClusterCacheMock({
      clusters: ['east'],
      initialSync: 'pending',
    });
    let synced = false;
    const sync = cache.waitForInitialSync().then(() => {
      synced = true;
    });
    await Promise.resolve();
    expect(synced).toBe(false);
    cache.finishInitialSync();
    await sync;
    expect(synced).toBe(true);
  });

  it('answers CRDs of the asked groups, and refuses unknown or stale clusters', async () => {
    const cache = llmdClusterCacheMock({
      clusters: ['east', { name: 'west', stale: true }],
    });
    cache.setCustomResourceDefinitions('east', [crd('a.io'), crd('b.io')]);
    const crds = await cache.listCustomResourceDefinitions('east', ['b.io']);
    expect(crds.map(c => c.metadata.name)).toEqual(['widgets.b.io']);
    await expect(
      cache.listCustomResourceDefinitions('west', ['a.io']),
    ).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(
      cache.listCustomResourceDefinitions('north', ['a.io']),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('records ServiceAccount reads and token requests', async () => {
    const cache = llmdClusterCacheMock({ clusters: ['east'] });
    cache.token = 'minted';
    const request = {
      cluster: 'east',
      namespace: 'team-a',
      serviceAccountName: 'm-client',
      expirationSeconds: 600,
    };
    await expect(cache.createServiceAccountToken(request)).resolves.toEqual({
      token: 'minted',
      expiresAt: '2026-11-28T12:10:00.000Z',
    });
    expect(
      await cache.readServiceAccount('east', 'team-a', 'm-client'),
    ).toMatchObject({ kind: 'ServiceAccount' });
    cache.serviceAccountLabels = undefined;
    expect(
      await cache.readServiceAccount('east', 'team-a', 'm-client'),
    ).toBeUndefined();
    cache.mintError = new Error('denied');
    await expect(cache.createServiceAccountToken(request)).rejects.toThrow(
      'denied',
    );
    expect(cache.tokenRequests).toEqual([request, request]);
    expect(cache.serviceAccountReads).toEqual([
      'east/team-a/m-client',
      'east/team-a/m-client',
    ]);
  });

  it('is served to a test backend by its factory, beside a capturing logger', async () => {
    const cache = llmdClusterCacheMock({ clusters: ['east'] });
    const logger = capturingLogger();
    const seen: { cache?: LlmdClusterCache } = {};
    const backend = await startTestBackend({
      features: [probe(seen), cache.factory, logger.factory],
    });
    try {
      expect(seen.cache).toBe(cache);
      const line = logger.lines.find(l => l.message === 'probe started');
      expect(line).toMatchObject({
        level: 'warn',
        meta: { plugin: 'probe', step: 'init' },
      });
      expect(logger.text()).toContain('"message":"e"');
      expect(logger.messages()).toContain('warn: probe started');
    } finally {
      await backend.stop();
    }
  });

  it('seeds the reachability kinds and their access, read through reachabilitySourceOf', () => {
    const cache = llmdClusterCacheMock({
      clusters: [
        {
          name: 'east',
          kindAccess: { AuthPolicy: { state: 'not-installed' } },
        },
      ],
      objects: [
        {
          cluster: 'east',
          object: {
            apiVersion: 'gateway.networking.k8s.io/v1',
            kind: 'HTTPRoute',
            metadata: { name: 'm1', namespace: 'team-a' },
          },
        },
        {
          cluster: 'east',
          object: {
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name: 'team-a', labels: { tenant: 'a' } },
          },
        },
      ],
    });
    const events: ClusterCacheEvent[] = [];
    cache.subscribe(e => events.push(e));
    const source = reachabilitySourceOf(cache, 'east');
    expect(
      source.list('HTTPRoute', 'team-a').map(o => o.metadata.name),
    ).toEqual(['m1']);
    expect(source.get('Namespace', 'any', 'team-a')?.metadata.labels).toEqual({
      tenant: 'a',
    });
    expect(source.access('AuthPolicy')).toEqual({ state: 'not-installed' });
    expect(source.access('HTTPRoute')).toEqual({ state: 'ok' });

    const forbidden = {
      state: 'forbidden',
      permission:
        'list, watch httproutes.gateway.networking.k8s.io (cluster-wide)',
    } as const;
    cache.setAccess('east', 'HTTPRoute', forbidden);
    expect(source.access('HTTPRoute')).toEqual(forbidden);
    expect(cache.getCluster('east')).toMatchObject({
      objectCounts: { HTTPRoute: 1, Namespace: 1 },
      kindAccess: {
        HTTPRoute: forbidden,
        AuthPolicy: { state: 'not-installed' },
        GatewayClass: { state: 'ok' },
      },
    });
    expect(events.map(e => e.type)).toEqual(['health']);
    expect(cache.access('west', 'Gateway').state).toBe('error');
  });
});
