import { createServiceFactory } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { MANAGED_CLIENT_LABEL } from '@llmd/plugin-llmd-common';
import {
  type CachedObject,
  type ClusterDefaults,
  type ClusterHealth,
  type KubeObject,
  llmdClusterCacheServiceRef,
  type LlmdClusterCache,
  type MintedToken,
  type WatchedKind,
} from '@llmd/plugin-llmd-node';

/** A cluster of the fake cache. */
export interface FakeCluster {
  readonly name: string;
  readonly stale?: boolean;
  readonly defaults?: Partial<ClusterDefaults>;
}

/** A TokenRequest the fake cache received. */
export type FakeTokenRequest = Parameters<
  LlmdClusterCache['createServiceAccountToken']
>[0];

const KINDS: readonly WatchedKind[] = [
  'LLMInferenceService',
  'LLMInferenceServiceConfig',
  'Gateway',
  'ConfigMap',
];

/**
 * An in-memory {@link LlmdClusterCache} for tests: fixed clusters and objects, no I/O. Counts every read so tests
 * can prove what a request touched, and records token requests.
 */
export class FakeClusterCache implements LlmdClusterCache {
  readonly tokenRequests: FakeTokenRequest[] = [];
  /** The token the next mint returns. */
  token = 'fake-minted-token';
  /** When set, minting fails with this error. */
  mintError?: Error;
  /**
   * Labels of every ServiceAccount the fake answers (by default the portal's managed-client label); `undefined`
   * makes every ServiceAccount absent.
   */
  serviceAccountLabels: Record<string, string> | undefined = {
    [MANAGED_CLIENT_LABEL]: 'true',
  };
  /** ServiceAccounts read, as `<cluster>/<namespace>/<name>`. */
  readonly serviceAccountReads: string[] = [];

  constructor(
    private readonly clusters: readonly FakeCluster[],
    private readonly objects: readonly { cluster: string; object: object }[],
  ) {}

  private health(cluster: FakeCluster): ClusterHealth {
    const objectCounts = Object.fromEntries(
      KINDS.map(kind => [
        kind,
        this.list(kind, { cluster: cluster.name }).length,
      ]),
    ) as Record<WatchedKind, number>;
    return {
      name: cluster.name,
      connected: !cluster.stale,
      synced: true,
      stale: cluster.stale ?? false,
      lastSync: '2026-11-28T12:00:00.000Z',
      ...(cluster.stale && { lastError: 'connect ECONNREFUSED' }),
      objectCounts,
      defaults: {
        llmisvcApiVersion: 'v1alpha1',
        eppDialect: 'scheduler-v0.2',
        tokenAudience: 'https://kubernetes.default.svc',
        ...cluster.defaults,
      },
    };
  }

  listClusters(): ClusterHealth[] {
    return this.clusters.map(c => this.health(c));
  }

  getCluster(name: string): ClusterHealth | undefined {
    const cluster = this.clusters.find(c => c.name === name);
    return cluster && this.health(cluster);
  }

  list(
    kind: WatchedKind,
    filter: { cluster?: string; namespace?: string } = {},
  ): CachedObject[] {
    return this.objects
      .map(({ cluster, object }) => ({
        cluster,
        kind,
        object: object as KubeObject,
      }))
      .filter(
        c =>
          c.object.kind === kind &&
          (!filter.cluster || c.cluster === filter.cluster) &&
          (!filter.namespace ||
            c.object.metadata.namespace === filter.namespace),
      );
  }

  get(
    cluster: string,
    kind: WatchedKind,
    namespace: string,
    name: string,
  ): CachedObject | undefined {
    return this.list(kind, { cluster, namespace }).find(
      c => c.object.metadata.name === name,
    );
  }

  subscribe(): () => void {
    return () => {};
  }

  async waitForInitialSync(): Promise<void> {}

  async listCustomResourceDefinitions(): Promise<never> {
    throw new Error('not supported by the fake cache');
  }

  async readServiceAccount(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<KubeObject | undefined> {
    this.serviceAccountReads.push(`${cluster}/${namespace}/${name}`);
    if (!this.clusters.some(c => c.name === cluster)) {
      throw new NotFoundError(`No cluster ${cluster}`);
    }
    if (!this.serviceAccountLabels) return undefined;
    return {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name, namespace, labels: { ...this.serviceAccountLabels } },
    };
  }

  async createServiceAccountToken(
    request: FakeTokenRequest,
  ): Promise<MintedToken> {
    this.tokenRequests.push(request);
    if (this.mintError) throw this.mintError;
    if (!this.clusters.some(c => c.name === request.cluster)) {
      throw new NotFoundError(`No cluster ${request.cluster}`);
    }
    return {
      token: this.token,
      expiresAt: new Date(
        Date.parse('2026-11-28T12:00:00.000Z') +
          request.expirationSeconds * 1000,
      ).toISOString(),
    };
  }
}

/** Makes a backend use the given cache instead of the real one. */
export function fakeClusterCacheFactory(cache: LlmdClusterCache) {
  return createServiceFactory({
    service: llmdClusterCacheServiceRef,
    deps: {},
    factory: () => cache,
  });
}
