import type {
  ClusterHealth,
  KubeObject,
  LlmdClusterCache,
} from '@llmd/plugin-llmd-node';

/** One cluster's copy of a model. */
export interface ModelOnCluster {
  readonly health: ClusterHealth;
  readonly object: KubeObject;
}

/**
 * The configured cluster names of each cache, in configuration order. A cache's clusters are its configuration's,
 * fixed when it is created; what costs is their health (object counts, kind access, per cluster), which a model
 * page needs only for the clusters that run the model — at 100 clusters, listing every cluster's health was most of
 * the answer for a model on one.
 */
const clusterNames = new WeakMap<LlmdClusterCache, readonly string[]>();

function namesOf(cache: LlmdClusterCache): readonly string[] {
  const known = clusterNames.get(cache);
  if (known) return known;
  const names = cache.listClusters().map(health => health.name);
  // an app-provided cache may not list its clusters before it is started: ask again next time
  if (names.length > 0) clusterNames.set(cache, names);
  return names;
}

/** The cached LLMInferenceService `namespace/name` on every cluster that has it, in configuration order. */
export function modelOnClusters(
  cache: LlmdClusterCache,
  namespace: string,
  name: string,
  cluster?: string,
): ModelOnCluster[] {
  return namesOf(cache)
    .filter(known => cluster === undefined || known === cluster)
    .flatMap(known => {
      const found = cache.get(known, 'LLMInferenceService', namespace, name);
      const health = found && cache.getCluster(known);
      return found && health ? [{ health, object: found.object }] : [];
    });
}
