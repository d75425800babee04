import {
  createServiceFactory,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import {
  type KindAccess,
  MANAGED_CLIENT_LABEL,
} from '@llmd/plugin-llmd-common';
import { llmdClusterCacheServiceRef } from '@llmd/plugin-llmd-node';
import { MOCK_NOW, mockClusterHealth } from './mockClusterHealth';
import type {
  CachedObject,
  ClusterCacheEvent,
  ClusterDefaults,
  ClusterHealth,
  KubeObject,
  LlmdClusterCache,
  MintedToken,
  WatchedKind,
} from '@llmd/plugin-llmd-node';

/**
 * A cluster of {@link LlmdClusterCacheMock}.
 *
 * @public
 */
export interface LlmdClusterCacheMockCluster {
  readonly name: string;
  /** A stale cluster keeps its objects but is not connected (as after a failed watch). */
  readonly stale?: boolean;
  readonly defaults?: Partial<ClusterDefaults>;
  /** What `access(cluster, kind)` answers per kind; `ok` for any kind not named. */
  readonly kindAccess?: Readonly<Partial<Record<WatchedKind, KindAccess>>>;
}

/**
 * Options of `llmdClusterCacheMock`.
 *
 * @public
 */
export interface LlmdClusterCacheMockOptions {
  /** The configured clusters, in configuration order (names or details). Default: none. */
  readonly clusters?: readonly (string | LlmdClusterCacheMockCluster)[];
  /** What the cache holds at the start (no events are emitted for them). */
  readonly objects?: readonly { cluster: string; object: object }[];
  /** `pending`: `waitForInitialSync` waits for {@link LlmdClusterCacheMock.finishInitialSync}. Default `done`. */
  readonly initialSync?: 'done' | 'pending';
}

/**
 * A TokenRequest the mock received.
 *
 * @public
 */
export type LlmdClusterCacheMockTokenRequest = Parameters<
  LlmdClusterCache['createServiceAccountToken']
>[0];

/**
 * An in-memory `LlmdClusterCache` for tests, with no I/O: a test changes its objects and cluster health and
 * it emits events as the real cache does; token minting and ServiceAccount reads are recorded.
 *
 * @public
 */
export class LlmdClusterCacheMock implements LlmdClusterCache {
  /** TokenRequests received, in order. */
  readonly tokenRequests: LlmdClusterCacheMockTokenRequest[] = [];
  /** ServiceAccounts read, as `<cluster>/<namespace>/<name>`. */
  readonly serviceAccountReads: string[] = [];
  /** The token the next mint returns. */
  token = 'fake-minted-token';
  /** When set, minting fails with this error. */
  mintError?: Error;
  /**
   * Labels of every ServiceAccount the mock answers (by default the portal's managed-client label); `undefined`
   * makes every ServiceAccount absent.
   */
  serviceAccountLabels: Record<string, string> | undefined = {
    [MANAGED_CLIENT_LABEL]: 'true',
  };
  /** Serves this cache instance to a test backend (`startTestBackend({ features: [cache.factory] })`). */
  readonly factory: ServiceFactory<LlmdClusterCache, 'root', 'singleton'>;

  private readonly clusters: LlmdClusterCacheMockCluster[];
  private readonly objects = new Map<string, CachedObject>();
  private readonly crds = new Map<string, KubeObject[]>();
  private listeners: ((event: ClusterCacheEvent) => void)[] = [];
  private releaseInitialSync: () => void = () => {};
  private readonly initialSync: Promise<void>;

  constructor(options: LlmdClusterCacheMockOptions = {}) {
    this.clusters = (options.clusters ?? []).map(c =>
      typeof c === 'string' ? { name: c } : { ...c },
    );
    for (const { cluster, object } of options.objects ?? []) {
      this.store(cluster, object as KubeObject);
    }
    this.initialSync =
      options.initialSync === 'pending'
        ? new Promise(resolve => {
            this.releaseInitialSync = resolve;
          })
        : Promise.resolve();
    this.factory = createServiceFactory({
      service: llmdClusterCacheServiceRef,
      deps: {},
      factory: () => this,
    });
  }

  /** Adds or replaces an object (a new object, as the real cache stores on every change) and emits the event. */
  put(cluster: string, object: KubeObject): void {
    const { type, kind } = this.store(cluster, object);
    this.emit({ type, cluster, kind, object });
  }

  /** Deletes an object, as after a watch event or a successful relist, and emits the event. */
  delete(cluster: string, object: KubeObject): void {
    const kind = object.kind as WatchedKind;
    this.objects.delete(keyOf(cluster, kind, object));
    this.emit({ type: 'deleted', cluster, kind, object });
  }

  /** Marks a cluster connected or stale (its objects stay, as in the real cache) and emits the health event. */
  setHealthy(cluster: string, healthy: boolean): void {
    const index = this.clusters.findIndex(c => c.name === cluster);
    if (index < 0) throw new Error(`No cluster ${cluster} in the mock`);
    this.clusters[index] = { ...this.clusters[index], stale: !healthy };
    this.emit({ type: 'health', cluster, health: this.health(cluster)! });
  }

  /** Sets what `access(cluster, kind)` answers (e.g. `not-installed`) and emits the health event. */
  setAccess(cluster: string, kind: WatchedKind, access: KindAccess): void {
    const index = this.clusters.findIndex(c => c.name === cluster);
    if (index < 0) throw new Error(`No cluster ${cluster} in the mock`);
    const current = this.clusters[index];
    this.clusters[index] = {
      ...current,
      kindAccess: { ...current.kindAccess, [kind]: access },
    };
    this.emit({ type: 'health', cluster, health: this.health(cluster)! });
  }

  /** The CRDs `listCustomResourceDefinitions` answers for a cluster (by default none). */
  setCustomResourceDefinitions(cluster: string, crds: readonly object[]) {
    this.crds.set(cluster, crds as KubeObject[]);
  }

  /** Resolves `waitForInitialSync` of a mock created with `initialSync: 'pending'`. */
  finishInitialSync(): void {
    this.releaseInitialSync();
  }

  /** Delivers any event to the subscribers, e.g. `synced`. */
  emit(event: ClusterCacheEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  listClusters(): ClusterHealth[] {
    return this.clusters.map(c => this.health(c.name)!);
  }

  getCluster(name: string): ClusterHealth | undefined {
    return this.health(name);
  }

  list(
    kind: WatchedKind,
    filter: { cluster?: string; namespace?: string } = {},
  ): CachedObject[] {
    // configuration order of clusters, as the real cache lists
    return this.clusters.flatMap(({ name }) =>
      [...this.objects.values()].filter(
        o =>
          o.cluster === name &&
          o.kind === kind &&
          (filter.cluster === undefined || filter.cluster === name) &&
          (filter.namespace === undefined ||
            filter.namespace === o.object.metadata.namespace),
      ),
    );
  }

  get(
    cluster: string,
    kind: WatchedKind,
    namespace: string,
    name: string,
  ): CachedObject | undefined {
    return this.objects.get(`${cluster}/${kind}/${namespace}/${name}`);
  }

  /** What the cluster's `kindAccess` says for the kind (`ok` unless set); `error` for an unknown cluster. */
  access(cluster: string, kind: WatchedKind): KindAccess {
    const found = this.clusters.find(c => c.name === cluster);
    if (!found) return { state: 'error', message: `No cluster ${cluster}` };
    return found.kindAccess?.[kind] ?? { state: 'ok' };
  }

  subscribe(listener: (event: ClusterCacheEvent) => void): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter(l => l !== listener);
    };
  }

  waitForInitialSync(): Promise<void> {
    return this.initialSync;
  }

  async listCustomResourceDefinitions(
    cluster: string,
    groups: readonly string[],
  ): Promise<KubeObject[]> {
    const health = this.requireCluster(cluster);
    if (!health.connected) {
      throw new ServiceUnavailableError(`Cluster ${cluster} is not connected`);
    }
    return (this.crds.get(cluster) ?? []).filter(crd =>
      groups.includes((crd.spec as { group?: string } | undefined)?.group!),
    );
  }

  async readServiceAccount(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<KubeObject | undefined> {
    this.serviceAccountReads.push(`${cluster}/${namespace}/${name}`);
    this.requireCluster(cluster);
    if (!this.serviceAccountLabels) return undefined;
    return {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name, namespace, labels: { ...this.serviceAccountLabels } },
    };
  }

  async createServiceAccountToken(
    request: LlmdClusterCacheMockTokenRequest,
  ): Promise<MintedToken> {
    this.tokenRequests.push(request);
    if (this.mintError) throw this.mintError;
    this.requireCluster(request.cluster);
    return {
      token: this.token,
      expiresAt: new Date(
        MOCK_NOW + request.expirationSeconds * 1000,
      ).toISOString(),
    };
  }

  private store(cluster: string, object: KubeObject) {
    const kind = object.kind as WatchedKind;
    const key = keyOf(cluster, kind, object);
    const type: 'added' | 'modified' = this.objects.has(key)
      ? 'modified'
      : 'added';
    this.objects.set(key, { cluster, kind, object });
    return { type, kind };
  }

  private requireCluster(name: string): ClusterHealth {
    const health = this.health(name);
    if (!health) throw new NotFoundError(`No cluster ${name}`);
    return health;
  }

  private health(name: string): ClusterHealth | undefined {
    const cluster = this.clusters.find(c => c.name === name);
    return cluster && mockClusterHealth(cluster, [...this.objects.values()]);
  }
}

/**
 * Creates an in-memory cluster cache for tests (see {@link LlmdClusterCacheMock}); `cache.factory` serves it to
 * `startTestBackend`.
 *
 * @public
 */
export function llmdClusterCacheMock(
  options?: LlmdClusterCacheMockOptions,
): LlmdClusterCacheMock {
  return new LlmdClusterCacheMock(options);
}

/**
 * Helpers of `llmdClusterCacheMock`, as Backstage's service mocks have.
 *
 * @public
 */
export namespace llmdClusterCacheMock {
  /** A service factory serving a new mock with `options`, for a test that needs no handle on the cache. */
  export const factory = (
    options?: LlmdClusterCacheMockOptions,
  ): ServiceFactory<LlmdClusterCache, 'root', 'singleton'> =>
    new LlmdClusterCacheMock(options).factory;
}

function keyOf(cluster: string, kind: string, object: KubeObject): string {
  return `${cluster}/${kind}/${object.metadata.namespace ?? ''}/${
    object.metadata.name
  }`;
}
