import type { LoggerService } from '@backstage/backend-plugin-api';
import type { KindAccess } from '@llmd/plugin-llmd-common';
import { abortableSleep } from './abortableSleep';
import {
  AUXILIARY_KINDS,
  AuxiliaryReflectors,
  DEFAULT_UNAVAILABLE_KIND_RETRY_MS,
  isAuxiliary,
} from './AuxiliaryReflectors';
import { Backoff } from './Backoff';
import type { ClusterCacheTuning, LlmdClusterConfig } from './clusterConfig';
import { describeKubeError } from './describeKubeError';
import { kindAccessOf } from './kindAccessOf';
import { KindReflector } from './KindReflector';
import type { ReflectorHooks, StoreChange } from './KindReflectorOptions';
import { type KubeClient, kubeClientFor } from './kubeClientFor';
import { ReferencedConfigMaps } from './ReferencedConfigMaps';
import { schedulerConfigMapRef } from './schedulerConfigMapRef';
import { objectKey } from './snapshotDiff';
import type {
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
 * Everything the cache knows about one cluster: a reflector per base kind, the referenced ConfigMaps, the
 * auxiliary kinds, and the cluster's health derived from the first two. Clusters never share state, so one failing cluster cannot affect another.
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
    return kind === 'ConfigMap'
      ? this.configMaps.list(namespace)
      : this.reflectorFor(kind)?.list(namespace) ?? [];
  }

  get(
    kind: WatchedKind,
    namespace: string,
    name: string,
  ): KubeObject | undefined {
    return kind === 'ConfigMap'
      ? this.configMaps.get(namespace, name)
      : this.reflectorFor(kind)?.get(namespace, name);
  }

  /** Whether a kind could be read (see `LlmdClusterCache.access`). */
  access(kind: WatchedKind): KindAccess {
    if (this.clientError !== undefined && !this.client) {
      return { state: 'error', message: this.clientError };
    }
    // Referenced ConfigMaps are readable unless the watch of one of their namespaces fails.
    const reflector =
      kind === 'ConfigMap'
        ? this.configMaps.allReflectors().find(r => r.state.failing)
        : this.reflectorFor(kind);
    if (!reflector) {
      return { state: kind === 'ConfigMap' ? 'ok' : 'pending' };
    }
    return kindAccessOf(reflector.state, reflector.resource);
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
      objectCounts: Object.fromEntries(
        [...BASE_KINDS, 'ConfigMap' as const, ...AUXILIARY_KINDS].map(kind => [
          kind,
          kind === 'ConfigMap'
            ? this.configMaps.count()
            : this.reflectorFor(kind)?.size ?? 0,
        ]),
      ) as Record<WatchedKind, number>,
      ...(this.auxiliary && { kindAccess: this.auxiliary.accessAll() }),
      defaults: this.options.cluster.defaults,
    };
  }

  /** The reflector of a cluster-wide kind (base or auxiliary), once the clients are built. */
  private reflectorFor(kind: WatchedKind): KindReflector | undefined {
    return isAuxiliary(kind)
      ? this.auxiliary?.reflector(kind)
      : this.base.get(kind);
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
    const retryMs =
      this.options.unavailableKindRetryMs ?? DEFAULT_UNAVAILABLE_KIND_RETRY_MS;
    this.auxiliary = new AuxiliaryReflectors({
      createReflector: (kind, hooks) =>
        this.createReflector(kind, hooks, undefined, retryMs),
      onChange: (kind, change, object) => this.emitChange(change, kind, object),
      onStateChange: () => this.stateChanged(),
    });
    this.stateChanged();
    for (const reflector of this.base.values()) {
      reflector.start();
    }
    this.auxiliary.start();
  }

  private createReflector(
    kind: WatchedKind,
    hooks: ReflectorHooks,
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
