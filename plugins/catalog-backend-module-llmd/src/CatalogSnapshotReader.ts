import {
  type LlmdCatalogSnapshot,
  type ModelServiceObservation,
  observeModelService,
} from '@llmd/plugin-llmd-common';
import {
  type ClusterCacheEvent,
  eppConfigLookupFor,
  type KubeObject,
  type LlmdClusterCache,
  type WatchedKind,
} from '@llmd/plugin-llmd-node';

/** The kinds the entities are built from. */
const ENTITY_KINDS: ReadonlySet<WatchedKind> = new Set<WatchedKind>([
  'LLMInferenceService',
  'LLMInferenceServiceConfig',
  'Gateway',
  'ConfigMap',
]);

/**
 * Reads what the entity builders need from the cluster cache. Deriving a model's observation resolves and lints its
 * EPP config, so observations are kept per cached object: the cache replaces an object on every change, so a model
 * whose object is unchanged needs no new derivation unless something around it on its cluster changed (a Gateway,
 * an LLMInferenceServiceConfig or a ConfigMap), which {@link CatalogSnapshotReader.observe} is told about.
 */
export class CatalogSnapshotReader {
  private readonly memo = new Map<
    string,
    WeakMap<KubeObject, ModelServiceObservation>
  >();

  constructor(private readonly cache: LlmdClusterCache) {}

  /**
   * Forgets the derivations of a cluster when an object they may depend on changed there; says whether the event
   * may change an entity at all (the cache's reachability kinds — HTTPRoutes, InferencePools, … — change none).
   */
  observe(event: ClusterCacheEvent): boolean {
    if (
      event.type === 'added' ||
      event.type === 'modified' ||
      event.type === 'deleted'
    ) {
      if (!ENTITY_KINDS.has(event.kind)) return false;
      if (event.kind !== 'LLMInferenceService') this.memo.delete(event.cluster);
    }
    return event.type !== 'health';
  }

  /** Every model and Gateway in the cache, in cluster configuration order, stale clusters' last known state included. */
  read(): LlmdCatalogSnapshot {
    const models: ModelServiceObservation[] = [];
    const gateways: LlmdCatalogSnapshot['gateways'][number][] = [];
    for (const health of this.cache.listClusters()) {
      const cluster = health.name;
      const clusterGateways = this.cache
        .list('Gateway', { cluster })
        .map(c => c.object);
      let memo = this.memo.get(cluster);
      if (!memo) {
        memo = new WeakMap();
        this.memo.set(cluster, memo);
      }
      for (const { object } of this.cache.list('LLMInferenceService', {
        cluster,
      })) {
        let observation = memo.get(object);
        if (!observation) {
          observation = observeModelService({
            cluster,
            llmInferenceService: object,
            gateways: clusterGateways,
            clusterDialect: health.defaults.eppDialect,
            lookup: eppConfigLookupFor(this.cache, cluster),
          });
          memo.set(object, observation);
        }
        models.push(observation);
      }
      for (const gateway of clusterGateways) {
        gateways.push({ cluster, gateway });
      }
    }
    return { models, gateways };
  }
}
