import type { EppConfigLookup } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';

/** Where a model's EPP config may live on one cluster (base configs, ConfigMaps), read from the cache only. */
export function clusterEppLookup(
  cache: LlmdClusterCache,
  cluster: string,
): EppConfigLookup {
  return {
    llmInferenceServiceConfig: (namespace, name) =>
      cache.get(cluster, 'LLMInferenceServiceConfig', namespace, name)?.object,
    configMap: (namespace, name) =>
      cache.get(cluster, 'ConfigMap', namespace, name)?.object,
  };
}
