import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  type CatalogEntity,
  type CatalogEntityOptions,
  llmdCatalogEntities,
} from '@llmd/plugin-llmd-common';
import type {
  ClusterCacheEvent,
  LlmdClusterCache,
} from '@llmd/plugin-llmd-node';
import { CoalescingTrigger } from './CoalescingTrigger';
import { type EmittedEntities, emittedState, entityDelta } from './entityDelta';
import { CatalogSnapshotReader } from './CatalogSnapshotReader';

/**
 * The provider's name: the catalog ties the emitted entities to it, so it never changes.
 *
 * @public
 */
export const PROVIDER_NAME = 'llmd-model-services';

/**
 * The location key of every emitted entity: another provider emitting the same ref is reported as a conflict.
 *
 * @public
 */
export const LOCATION_KEY = 'llmd-model-services';

/**
 * Options of {@link LlmdModelServiceProvider}.
 *
 * @public
 */
export interface LlmdModelServiceProviderOptions {
  readonly cache: LlmdClusterCache;
  readonly logger: LoggerService;
  readonly entities: CatalogEntityOptions;
  /** Quiet time that ends a burst of cache events. Default 100 ms. */
  readonly delayMs?: number;
  /** Longest wait of a cache event for its mutation. Default 500 ms. */
  readonly maxDelayMs?: number;
  /** Wait before retrying a mutation the catalog rejected. Default 5 s. */
  readonly retryDelayMs?: number;
}

/**
 * What a full resync did.
 *
 * @public
 */
export type FullResyncResult = 'applied' | 'skipped';

/** CatalogEntity is structurally the catalog's Entity, so entities go out as built. */
function deferred(entity: CatalogEntity): DeferredEntity {
  return { entity, locationKey: LOCATION_KEY };
}

/**
 * Emits every model service of every configured cluster, with its API, its tenant's System and its inference
 * Gateways, from the llm-d cluster cache.
 *
 * - Cache events become delta mutations: a burst is coalesced, the fleet's entities are rebuilt from the cache and
 *   only what differs from the last emitted state is sent. Stale clusters keep their last known objects in the
 *   cache, so an outage removes nothing; an entity goes only when its object was deleted from every cluster's cache.
 * - A full mutation, which also removes entities left over from earlier runs, is applied only from a complete
 *   snapshot: the first time every cluster is healthy after the cache's initial sync, and on
 *   {@link LlmdModelServiceProvider.fullResync} when every cluster is connected, synced and not stale.
 *
 * @public
 */
export class LlmdModelServiceProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private emitted: EmittedEntities = new Map();
  private queue: Promise<unknown> = Promise.resolve();
  private unsubscribe?: () => void;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private stopped = false;
  /** The cache's initial sync is done and no full mutation has been applied since. */
  private initialFullPending = false;
  private readonly reader: CatalogSnapshotReader;
  private readonly trigger: CoalescingTrigger;

  constructor(private readonly options: LlmdModelServiceProviderOptions) {
    this.reader = new CatalogSnapshotReader(options.cache);
    this.trigger = new CoalescingTrigger(
      {
        delayMs: options.delayMs ?? 100,
        maxDelayMs: options.maxDelayMs ?? 500,
      },
      () => {
        this.enqueue(() => this.applyDelta()).catch(error =>
          this.options.logger.error(
            `Could not compute the llm-d catalog entities: ${error}`,
          ),
        );
      },
    );
  }

  getProviderName(): string {
    return PROVIDER_NAME;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    this.unsubscribe = this.options.cache.subscribe(event =>
      this.onCacheEvent(event),
    );
    // What is cached already goes out at once; the catalog's start does not wait for the clusters.
    this.trigger.request();
    void this.options.cache.waitForInitialSync().then(() => {
      this.initialFullPending = true;
      this.tryInitialFull();
    });
  }

  /**
   * Replaces all of the provider's entities with the current snapshot of the caches, when every configured cluster
   * is connected, synced and not stale; otherwise logs why and changes nothing (deltas keep flowing).
   */
  fullResync(reason = 'scheduled'): Promise<FullResyncResult> {
    return this.enqueue(async () => {
      const connection = this.connection;
      if (!connection || this.stopped) return 'skipped';
      const unhealthy = this.unhealthyClusters();
      if (unhealthy.length > 0) {
        this.options.logger.info(
          `Skipping the ${reason} full catalog mutation: cluster(s) ${unhealthy.join(
            ', ',
          )} not connected and synced, so the snapshot would be incomplete; only deltas are applied`,
        );
        return 'skipped';
      }
      const entities = this.desiredEntities();
      await connection.applyMutation({
        type: 'full',
        entities: entities.map(deferred),
      });
      this.emitted = emittedState(entities);
      this.initialFullPending = false;
      this.options.logger.info(
        `Applied the ${reason} full catalog mutation: ${entities.length} llm-d entities`,
      );
      return 'applied';
    });
  }

  /** Stops following the cache; pending mutations still finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.trigger.stop();
    clearTimeout(this.retryTimer);
    await this.queue;
  }

  private onCacheEvent(event: ClusterCacheEvent): void {
    // health changes alter no entity (a stale cluster's objects stay as they were), nor do reachability kinds
    if (this.reader.observe(event)) this.trigger.request();
    if (
      this.initialFullPending &&
      (event.type === 'health' || event.type === 'synced')
    ) {
      this.tryInitialFull();
    }
  }

  /**
   * The first full mutation, as soon as every cluster is healthy after the initial sync. The sync ends when every
   * list has been attempted, a moment before the watches are open, so the clusters may not count as connected yet.
   */
  private tryInitialFull(): void {
    if (!this.initialFullPending || this.stopped || !this.allHealthy()) return;
    this.initialFullPending = false;
    this.fullResync('initial').catch(error =>
      this.options.logger.error(
        `Initial full catalog mutation of llm-d entities failed: ${error}`,
      ),
    );
  }

  /** Names of the clusters that are not connected, not synced or stale. */
  private unhealthyClusters(): string[] {
    return this.options.cache
      .listClusters()
      .filter(h => !h.connected || !h.synced || h.stale)
      .map(h => h.name);
  }

  private allHealthy(): boolean {
    return this.unhealthyClusters().length === 0;
  }

  private desiredEntities(): CatalogEntity[] {
    return llmdCatalogEntities(this.reader.read(), this.options.entities);
  }

  private async applyDelta(): Promise<void> {
    const connection = this.connection;
    if (!connection || this.stopped) return;
    const delta = entityDelta(this.emitted, this.desiredEntities());
    if (delta.added.length === 0 && delta.removed.length === 0) return;
    try {
      await connection.applyMutation({
        type: 'delta',
        added: delta.added.map(deferred),
        removed: delta.removed.map(entityRef => ({
          entityRef,
          locationKey: LOCATION_KEY,
        })),
      });
    } catch (error) {
      this.options.logger.warn(
        `Delta catalog mutation of llm-d entities failed, retrying: ${error}`,
      );
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(
        () => this.trigger.request(),
        this.options.retryDelayMs ?? 5_000,
      );
      return;
    }
    this.emitted = delta.next;
    this.options.logger.debug(
      `Delta catalog mutation: ${delta.added.length} llm-d entities added or changed, ${delta.removed.length} removed`,
    );
  }

  /** Runs mutations one after another, so a later state never overtakes an earlier one. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
