import type { LoggerService } from '@backstage/backend-plugin-api';
import type { KindAccess } from '@llmd/plugin-llmd-common';
import { abortableSleep } from './abortableSleep';
import { AUXILIARY_KINDS, AuxiliaryReflectors } from './AuxiliaryReflectors';
import { Backoff } from './Backoff';
import type { ClusterCacheTuning, LlmdClusterConfig } from './clusterConfig';
import { describeKubeError } from './describeKubeError';
import { kindAccessOf } from './kindAccessOf';
import { KindReflector, type StoreChange } from './KindReflector';
import { type KubeClient, kubeClientFor } from './kubeClientFor';
import { ReferencedConfigMaps } from './ReferencedConfigMaps';
import { schedulerConfigMapRef } from './schedulerConfigMapRef';
import { objectKey } from './snapshotDiff';
import type {
  AuxiliaryKind,
  ClusterCacheEvent,
  ClusterHealth,
  KubeObject,
  WatchedKind,
} from './types';
import { watchedResource } from './watchedResources';

/** The kinds listed and watched cluster-wide that define the cluster's health; ConfigMaps follow references. */
const BASE_KINDS = [
  'LLMInferenceService',
  'LLMInferenceServiceConfig',
  'Gateway',
] as const satisfies readonly WatchedKind[];

/** Default pause before listing again an auxiliary kind the cluster does not serve or forbids. */
const UNAVAILABLE_KIND_RETRY_MS = 60_000;

function isAuxiliary(kind: WatchedKind): kind is AuxiliaryKind {
  return (AUXILIARY_KINDS as readonly WatchedKind[]).includes(kind);
}

/** Options of {@link ClusterWatcher}. */
export interface ClusterWatcherOptions {
  readonly cluster: LlmdClusterConfig;
  readonly tuning: ClusterCacheTuning;
  readonly logger: LoggerService;
  emit(event: ClusterCacheEvent): void;
  /** Builds the cluster's clients (tests substitute it). */
  readonly clientFactory?: (cluster: LlmdClusterConfig) => KubeClient;
  readonly random?: () => number;
  /** Pause before listing again an auxiliary kind that answered 403 or 404 (default 60 s, ±25 %). */
  readonly unavailableKindRetryMs?: number;
}

/**
 * Everything the cache knows about one cluster: a reflector per base kind, the referenced ConfigMaps, and the
 * cluster's health derived from them. Clusters never share state, so one failing cluster cannot affect another.
 */
export class ClusterWatcher {
  private client?: KubeClient;
  private clientError?: string;
  private readonly base = new Map<WatchedKind, KindReflector>();
  private auxiliary?: AuxiliaryReflectors;
  private readonly configMaps: ReferencedConfigMaps;
  private readonly stopController = new AbortController();
  private connecting?: Promise<void>;
  private lastHealthSignature = '';
  private resolveInitial!: () => void;
  /** Resolves once every reflector has listed or failed once (or the clients could not be built). */
  readonly initialSync = new Promise<void>(resolve => {
    this.resolveInitial = resolve;
  });

  constructor(private readonly options: ClusterWatcherOptions) {
    this.configMaps = new ReferencedConfigMaps({
      logger: options.logger,
      createReflector: (namespace, hooks) =>
        this.createReflector('ConfigMap', hooks, namespace),
      onChange: (change, object) =>
        this.emitChange(change, 'ConfigMap', object),
      onStateChange: () => this.stateChanged(),
    });
  }

  get name(): string {
    return this.options.cluster.name;
  }

  /** The cluster's clients, undefined until they could be built. */
  get kubeClient(): KubeClient | undefined {
    return this.client;
  }

  /** Starts watching in the background; retries building clients (e.g. a kubeconfig not mounted yet). */
  start(): void {
    if (!this.connecting) {
      this.connecting = this.connect();
    }
  }

  async stop(): Promise<void> {
    this.stopController.abort();
    await this.connecting;
    await Promise.all([
      ...[...this.base.values()].map(r => r.stop()),
      this.configMaps.stop(),
      this.auxiliary?.stop(),
    ]);
  }

  /** Objects of a kind, optionally of one namespace (an index lookup, not a scan). */
  list(kind: WatchedKind, namespace?: string): KubeObject[] {
    if (kind === 'ConfigMap') {
      return this.configMaps.list(namespace);
    }
    if (isAuxiliary(kind)) {
      return this.auxiliary?.list(kind, namespace) ?? [];
    }
    return this.base.get(kind)?.list(namespace) ?? [];
  }

  get(
    kind: WatchedKind,
    namespace: string,
    name: string,
  ): KubeObject | undefined {
    if (kind === 'ConfigMap') {
      return this.configMaps.get(namespace, name);
    }
    if (isAuxiliary(kind)) {
      return this.auxiliary?.get(kind, namespace, name);
    }
    return this.base.get(kind)?.get(namespace, name);
  }

  /** Whether a kind could be read (see `LlmdClusterCache.access`). */
  access(kind: WatchedKind): KindAccess {
    if (this.clientError !== undefined && !this.client) {
      return { state: 'error', message: this.clientError };
    }
    if (isAuxiliary(kind)) {
      return this.auxiliary?.access(kind) ?? { state: 'pending' };
    }
    if (kind === 'ConfigMap') {
      // Referenced ConfigMaps only: readable unless the watch of one of their namespaces fails.
      const failing = this.configMaps
        .allReflectors()
        .find(r => r.state.failing);
      return failing
        ? kindAccessOf(failing.state, failing.resource)
        : { state: 'ok' };
    }
    const reflector = this.base.get(kind);
    return reflector
      ? kindAccessOf(reflector.state, reflector.resource)
      : { state: 'pending' };
  }

  health(): ClusterHealth {
    const base = [...this.base.values()];
    const all = [...base, ...this.configMaps.allReflectors()];
    const states = all.map(r => r.state);
    const failing = states.filter(s => s.failing);
    const lastSyncMs = Math.max(0, ...states.map(s => s.lastSync ?? 0));
    return {
      name: this.name,
      connected:
        !this.clientError && base.length > 0 && states.every(s => s.watching),
      synced: base.length > 0 && base.every(r => r.state.listed),
      stale: this.clientError !== undefined || failing.length > 0,
      lastSync: lastSyncMs > 0 ? new Date(lastSyncMs).toISOString() : undefined,
      lastError: this.clientError ?? failing.find(s => s.lastError)?.lastError,
      objectCounts: this.objectCounts(),
      ...(this.auxiliary && { kindAccess: this.auxiliary.accessAll() }),
      defaults: this.options.cluster.defaults,
    };
  }

  private objectCounts(): Record<WatchedKind, number> {
    const counts = {
      LLMInferenceService: this.base.get('LLMInferenceService')?.size ?? 0,
      LLMInferenceServiceConfig:
        this.base.get('LLMInferenceServiceConfig')?.size ?? 0,
      Gateway: this.base.get('Gateway')?.size ?? 0,
      ConfigMap: this.configMaps.count(),
    } as Record<WatchedKind, number>;
    for (const kind of AUXILIARY_KINDS) {
      counts[kind] = this.auxiliary?.size(kind) ?? 0;
    }
    return counts;
  }

  private async connect(): Promise<void> {
    const { cluster, tuning } = this.options;
    const backoff = new Backoff({
      initialMs: tuning.backoffInitialMs,
      maxMs: tuning.backoffMaxMs,
      random: this.options.random,
    });
    const factory = this.options.clientFactory ?? kubeClientFor;
    while (!this.stopController.signal.aborted) {
      try {
        this.client = factory(cluster);
        this.clientError = undefined;
        break;
      } catch (error) {
        const message = `cannot load the credentials of cluster '${
          cluster.name
        }': ${describeKubeError(error)}`;
        if (this.clientError !== message) {
          this.options.logger.warn(`Cluster cache: ${message}`);
        }
        this.clientError = message;
        this.stateChanged();
        this.resolveInitial();
        await abortableSleep(backoff.next(), this.stopController.signal);
      }
    }
    if (!this.client) {
      return;
    }
    for (const kind of BASE_KINDS) {
      this.base.set(
        kind,
        this.createReflector(kind, {
          onChange: (change, object) => this.onBaseChange(kind, change, object),
          onListed: () => this.onBaseListed(),
          onStateChange: () => this.stateChanged(),
        }),
      );
    }
    this.auxiliary = this.createAuxiliaryReflectors();
    this.stateChanged();
    for (const reflector of this.base.values()) {
      reflector.start();
    }
    this.auxiliary.start();
  }

  private createAuxiliaryReflectors(): AuxiliaryReflectors {
    const retryMs =
      this.options.unavailableKindRetryMs ?? UNAVAILABLE_KIND_RETRY_MS;
    return new AuxiliaryReflectors({
      createReflector: (kind, hooks) => {
        const reflector = this.createReflector(kind, hooks, undefined, retryMs);
        return { reflector, resource: reflector.resource };
      },
      onChange: (kind, change, object) => this.emitChange(change, kind, object),
      onStateChange: () => this.stateChanged(),
    });
  }

  private createReflector(
    kind: WatchedKind,
    hooks: {
      onChange(change: StoreChange, object: KubeObject): void;
      onListed(): void;
      onStateChange(): void;
    },
    namespace?: string,
    unavailableRetryMs?: number,
  ): KindReflector {
    return new KindReflector({
      client: this.client!,
      resource: watchedResource(kind, this.options.cluster.defaults, namespace),
      tuning: this.options.tuning,
      logger: this.options.logger,
      random: this.options.random,
      unavailableRetryMs,
      ...hooks,
    });
  }

  private onBaseChange(
    kind: WatchedKind,
    change: StoreChange,
    object: KubeObject,
  ): void {
    this.emitChange(change, kind, object);
    if (
      kind === 'LLMInferenceService' ||
      kind === 'LLMInferenceServiceConfig'
    ) {
      this.configMaps.setReference(
        `${kind}:${objectKey(object)}`,
        change === 'deleted' ? undefined : schedulerConfigMapRef(object),
      );
    }
  }

  private onBaseListed(): void {
    // Kinds relisting together (after a compaction) report one snapshot, not one per kind.
    if (
      [...this.base.values()].every(r => r.state.listed && !r.state.listing)
    ) {
      this.options.emit({ type: 'synced', cluster: this.name });
    }
  }

  private emitChange(
    change: StoreChange,
    kind: WatchedKind,
    object: KubeObject,
  ): void {
    this.options.emit({ type: change, cluster: this.name, kind, object });
  }

  private stateChanged(): void {
    const health = this.health();
    const signature = JSON.stringify([
      health.connected,
      health.synced,
      health.stale,
      health.lastError,
      health.kindAccess,
    ]);
    if (signature !== this.lastHealthSignature) {
      this.lastHealthSignature = signature;
      this.options.emit({ type: 'health', cluster: this.name, health });
    }
    const all = [
      ...this.base.values(),
      ...this.configMaps.allReflectors(),
      ...(this.auxiliary?.reflectors() ?? []),
    ];
    if (all.length > 0 && all.every(r => r.state.attempted)) {
      this.resolveInitial();
    }
  }
}
