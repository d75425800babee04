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

/** The cached LLMInferenceService `namespace/name` on every cluster that has it, in configuration order. */
export function modelOnClusters(
  cache: LlmdClusterCache,
  namespace: string,
  name: string,
  cluster?: string,
): ModelOnCluster[] {
  return cache
    .listClusters()
    .filter(health => cluster === undefined || health.name === cluster)
    .flatMap(health => {
      const found = cache.get(
        health.name,
        'LLMInferenceService',
        namespace,
        name,
      );
      return found ? [{ health, object: found.object }] : [];
    });
}
