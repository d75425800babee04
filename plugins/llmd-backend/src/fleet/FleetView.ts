import type { LifecycleService } from '@backstage/backend-plugin-api';
import type {
  ModelProbeResult,
  SchedulerEppDialect,
} from '@llmd/plugin-llmd-common';
import type {
  ClusterCacheEvent,
  ClusterHealth,
  LlmdClusterCache,
} from '@llmd/plugin-llmd-node';
import { clusterEppDialect } from '../clusterContext';
import type { FleetGovernance } from '../governance/FleetGovernance';
import type { ModelProber } from '../reachability/ModelProber';
import { evaluateFleetEntry } from './evaluateFleetEntry';
import type { FleetChange, FleetEntry, FleetObjectRef } from './fleetEntry';
import { objectKey, readKeysOf } from './fleetKeys';
import { ReadIndex } from './ReadIndex';
import { COARSE_KINDS, recordingCache } from './recordingCache';

/** Dependencies of {@link FleetView}. */
export interface FleetViewOptions {
  readonly cache: LlmdClusterCache;
  /** `llmd.policy`; without it no findings are kept. */
  readonly governance?: FleetGovernance;
  readonly prober: ModelProber;
}

/** Prefix of the dependent key of a cluster's dialect (never an object key: those start with a cluster name). */
const DIALECT = '\u0001dialect\u0000';
/** A read evaluates at most this many marked entries itself; it waits for the background build to do more. */
const READ_EVALUATES_AT_MOST = 2_000;

/** How long the background build works before yielding to requests and watch events. */
const SLICE_MS = 20;

/**
 * The fleet list of one backend replica, kept from its own cache watches: an entry per model (summary, EPP
 * analysis, policy finding counts, reachability verdict) and per Gateway with findings. A cache event marks only
 * the entries it can change: the object's own, and those whose last evaluation read it (every `get`/`list` of an
 * evaluation is recorded, so a ConfigMap, Gateway, Namespace, HTTPRoute, InferencePool or AuthPolicy change reaches
 * exactly the models that use it). CRDs, GatewayClasses and a change of a cluster's health (stale, kind access,
 * defaults) re-evaluate that cluster's entries. Marked entries are evaluated in the background in short slices and
 * before any read ({@link current}), so a page always shows the cache's current state.
 */
export class FleetView {
  private readonly entries = new Map<string, FleetEntry>();
  private readonly byCluster = new Map<string, Set<string>>();
  /** What each entry and each cluster's dialect read in its last evaluation. */
  private readonly reads = new ReadIndex();
  private readonly dirty = new Map<string, FleetObjectRef>();
  private readonly dirtyClusters = new Set<string>();
  private readonly dialects = new Map<string, SchedulerEppDialect>();
  private readonly healthSeen = new Map<string, string>();
  private readonly probed = new Map<string, ModelProbeResult>();
  private readonly listeners: ((change: FleetChange) => void)[] = [];
  private unsubscribe?: () => void;
  private drainTimer?: ReturnType<typeof setTimeout>;
  private currentVersion = 0;

  constructor(private readonly options: FleetViewOptions) {}

  /** Grows on every change of an entry: pages and ETags are memoised on it. */
  get version(): number {
    return this.currentVersion;
  }

  /** Follows the cache from now on and evaluates what it already holds in the background. Idempotent. */
  start(): void {
    if (this.unsubscribe) return;
    const { cache, prober } = this.options;
    const offCache = cache.subscribe(event => this.onEvent(event));
    const offProbe = prober.onResult(model => {
      this.markDirty({ ...model, kind: 'LLMInferenceService' });
      this.scheduleDrain();
    });
    this.unsubscribe = () => {
      offCache();
      offProbe();
    };
    for (const health of cache.listClusters()) this.markCluster(health.name);
    this.scheduleDrain();
  }

  /** Starts with the backend (so the first page does not wait for the build) and stops with it. */
  followLifecycle(lifecycle: LifecycleService): void {
    lifecycle.addStartupHook(() => {
      // an app-provided cache may be any object until used: such a cache is followed from the first read on
      if (typeof this.options.cache.subscribe === 'function') this.start();
    });
    lifecycle.addShutdownHook(() => this.stop());
  }

  /** Stops following the cache. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = undefined;
  }

  /** Calls `listener` with the entries each flush replaced. */
  onChange(listener: (change: FleetChange) => void): void {
    this.listeners.push(listener);
  }

  /** Every entry (after {@link flush}). */
  all = (): IterableIterator<FleetEntry> => this.entries.values();

  /** Entries marked for evaluation. */
  get pending(): number {
    this.expandClusters();
    return this.dirty.size;
  }

  /**
   * Brings the view up to date for a read: evaluates what is marked (when it is not more than a read should do
   * itself), after waiting for the background build to get there, at most `maxWaitMs`. False when it did not.
   */
  async current(maxWaitMs: number): Promise<boolean> {
    this.start();
    const until = Date.now() + maxWaitMs;
    while (this.pending > READ_EVALUATES_AT_MOST) {
      if (Date.now() >= until) return false;
      this.scheduleDrain();
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    this.flush();
    return true;
  }

  /** Evaluates every marked entry now, and those whose probe result changed or expired. */
  flush(): void {
    this.start();
    for (const [key, probe] of this.probed) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      const current = this.options.prober.cached(entry);
      if (current !== probe) this.markDirty(entry);
    }
    this.drain(Infinity);
  }

  private onEvent(event: ClusterCacheEvent): void {
    // a relist reports its differences as changes: `synced` brings nothing new
    if (event.type === 'synced') return;
    const { cluster } = event;
    if (event.type === 'health') {
      const { stale, kindAccess, defaults } = event.health;
      const signature = JSON.stringify([stale, kindAccess, defaults]);
      if (this.healthSeen.get(cluster) === signature) return;
      this.healthSeen.set(cluster, signature);
      this.markCluster(cluster);
    } else if (COARSE_KINDS.has(event.kind)) {
      this.markCluster(cluster);
    } else {
      const { kind, object } = event;
      const namespace = object.metadata.namespace ?? '';
      const name = object.metadata.name;
      if (kind === 'LLMInferenceService' || kind === 'Gateway') {
        this.markDirty({ cluster, kind, namespace, name });
      }
      const reads = readKeysOf(cluster, kind, namespace, name);
      for (const dependent of this.reads.readersOf(reads)) {
        if (dependent.startsWith(DIALECT)) {
          this.markCluster(dependent.slice(DIALECT.length));
        } else {
          const entry = this.entries.get(dependent);
          if (entry) this.markDirty(entry);
        }
      }
    }
    this.scheduleDrain();
  }

  private markDirty(ref: FleetObjectRef): void {
    const { cluster, kind, namespace, name } = ref;
    this.dirty.set(objectKey(cluster, kind, namespace, name), ref);
  }

  /** Every entry of the cluster, and every object of its kinds not yet evaluated, with its dialect again. */
  private markCluster(cluster: string): void {
    // expanded when evaluated: a burst of CRD events during a sync marks each cluster once
    this.dialects.delete(cluster);
    this.dirtyClusters.add(cluster);
  }

  private expandClusters(): void {
    for (const cluster of this.dirtyClusters) this.expandCluster(cluster);
    this.dirtyClusters.clear();
  }

  private expandCluster(cluster: string): void {
    for (const key of this.byCluster.get(cluster) ?? []) {
      const entry = this.entries.get(key);
      if (entry) this.markDirty(entry);
    }
    for (const kind of ['LLMInferenceService', 'Gateway'] as const) {
      if (kind === 'Gateway' && !this.options.governance?.configured) continue;
      for (const { object } of this.options.cache.list(kind, { cluster })) {
        const { namespace = '', name } = object.metadata;
        this.markDirty({ cluster, kind, namespace, name });
      }
    }
  }

  private scheduleDrain(): void {
    if (this.drainTimer || this.pending === 0) return;
    // while a cluster is still syncing, the build takes half the event loop at most: the sync comes first
    const syncing = this.options.cache.listClusters().some(h => !h.synced);
    this.drainTimer = setTimeout(
      () => {
        this.drainTimer = undefined;
        this.drain(SLICE_MS);
        this.scheduleDrain();
      },
      syncing ? SLICE_MS : 1,
    );
    this.drainTimer.unref?.();
  }

  /** Evaluates marked entries for up to `budgetMs`, then tells the listeners. */
  private drain(budgetMs: number): void {
    if (this.pending === 0) return;
    const until = Date.now() + budgetMs;
    const removed: FleetEntry[] = [];
    const added: FleetEntry[] = [];
    let count = 0;
    for (const [key, ref] of this.dirty) {
      this.dirty.delete(key);
      const old = this.entries.get(key);
      const next = this.evaluate(key, ref);
      if (old) removed.push(old);
      if (next) added.push(next);
      this.store(key, ref.cluster, next);
      // checking the clock every 64 entries keeps it off the profile
      if (++count % 64 === 0 && Date.now() >= until) break;
    }
    this.currentVersion++;
    const change = { removed, added };
    for (const listener of this.listeners) listener(change);
  }

  private evaluate(key: string, ref: FleetObjectRef): FleetEntry | undefined {
    const { cache, governance, prober } = this.options;
    const health = cache.getCluster(ref.cluster);
    const cached = cache.get(ref.cluster, ref.kind, ref.namespace, ref.name);
    if (!health || !cached) {
      this.reads.set(key, []);
      return undefined;
    }
    if (ref.kind === 'Gateway' && !governance?.configured) return undefined;
    const reads = new Set<string>();
    const entry = evaluateFleetEntry(
      {
        cache: recordingCache(cache, reads),
        cluster: ref.cluster,
        stale: health.stale,
        clusterEppDialect: this.dialectOf(health),
        governance,
        prober,
      },
      ref.kind,
      cached.object,
    );
    this.reads.set(key, [...reads]);
    return entry;
  }

  private store(key: string, cluster: string, entry?: FleetEntry): void {
    let keys = this.byCluster.get(cluster);
    if (!keys) {
      keys = new Set();
      this.byCluster.set(cluster, keys);
    }
    if (entry) {
      this.entries.set(key, entry);
      keys.add(key);
    } else {
      this.entries.delete(key);
      keys.delete(key);
    }
    if (entry?.probe) this.probed.set(key, entry.probe);
    else this.probed.delete(key);
  }

  /** The cluster's scheduler dialect, evaluated once per change of what it reads (the controller's template). */
  private dialectOf(health: ClusterHealth): SchedulerEppDialect {
    let dialect = this.dialects.get(health.name);
    if (!dialect) {
      const reads = new Set<string>();
      dialect = clusterEppDialect(
        recordingCache(this.options.cache, reads),
        health,
      );
      this.reads.set(DIALECT + health.name, [...reads]);
      this.dialects.set(health.name, dialect);
    }
    return dialect;
  }
}
