import type {
  CachedObject,
  ClusterCacheEvent,
  ClusterHealth,
  KubeObject,
  LlmdClusterCache,
  WatchedKind,
} from '@llmd/plugin-llmd-node';

/** Test-only: an in-memory cluster cache whose objects and cluster health a test changes, emitting events as the real one does. */
export class MutableClusterCache implements LlmdClusterCache {
  private readonly objects = new Map<string, CachedObject>();
  private readonly healthy = new Map<string, boolean>();
  private listeners: ((event: ClusterCacheEvent) => void)[] = [];
  private releaseInitialSync!: () => void;
  private readonly initialSync = new Promise<void>(resolve => {
    this.releaseInitialSync = resolve;
  });

  constructor(private readonly clusters: readonly string[]) {
    for (const cluster of clusters) this.healthy.set(cluster, true);
  }

  /** Adds or replaces an object (a new object, as the real cache stores on every change). */
  put(cluster: string, object: KubeObject): void {
    const kind = object.kind as WatchedKind;
    const key = this.key(
      cluster,
      kind,
      object.metadata.namespace ?? '',
      object.metadata.name,
    );
    const type = this.objects.has(key) ? 'modified' : 'added';
    this.objects.set(key, { cluster, kind, object });
    this.emit({ type, cluster, kind, object });
  }

  /** Deletes an object, as after a watch event or a successful relist. */
  delete(cluster: string, object: KubeObject): void {
    const kind = object.kind as WatchedKind;
    this.objects.delete(
      this.key(
        cluster,
        kind,
        object.metadata.namespace ?? '',
        object.metadata.name,
      ),
    );
    this.emit({ type: 'deleted', cluster, kind, object });
  }

  /** Marks a cluster healthy or stale (its objects stay, as in the real cache). */
  setHealthy(cluster: string, healthy: boolean): void {
    this.healthy.set(cluster, healthy);
    this.emit({ type: 'health', cluster, health: this.health(cluster) });
  }

  /** Resolves {@link LlmdClusterCache.waitForInitialSync}. */
  finishInitialSync(): void {
    this.releaseInitialSync();
  }

  listClusters(): ClusterHealth[] {
    return this.clusters.map(c => this.health(c));
  }

  getCluster(name: string): ClusterHealth | undefined {
    return this.clusters.includes(name) ? this.health(name) : undefined;
  }

  list(
    kind: WatchedKind,
    filter?: { cluster?: string; namespace?: string },
  ): CachedObject[] {
    // configuration order of clusters, as the real cache lists
    return this.clusters.flatMap(cluster =>
      [...this.objects.values()].filter(
        o =>
          o.cluster === cluster &&
          o.kind === kind &&
          (filter?.cluster === undefined || filter.cluster === cluster) &&
          (filter?.namespace === undefined ||
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
    return this.objects.get(this.key(cluster, kind, namespace, name));
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

  async createServiceAccountToken(): Promise<never> {
    throw new Error('not supported by the test cache');
  }

  async readServiceAccount(): Promise<never> {
    throw new Error('not supported by the test cache');
  }

  async listCustomResourceDefinitions(): Promise<never> {
    throw new Error('not supported by the test cache');
  }

  private key(cluster: string, kind: string, namespace: string, name: string) {
    return `${cluster}/${kind}/${namespace}/${name}`;
  }

  private emit(event: ClusterCacheEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private health(name: string): ClusterHealth {
    const healthy = this.healthy.get(name) ?? false;
    return {
      name,
      connected: healthy,
      synced: true,
      stale: !healthy,
      objectCounts: {
        LLMInferenceService: this.list('LLMInferenceService', { cluster: name })
          .length,
        LLMInferenceServiceConfig: 0,
        Gateway: this.list('Gateway', { cluster: name }).length,
        ConfigMap: 0,
      },
      defaults: {
        llmisvcApiVersion: 'v1alpha1',
        eppDialect: 'scheduler-v0.2',
        tokenAudience: 'https://kubernetes.default.svc',
      },
    };
  }
}
