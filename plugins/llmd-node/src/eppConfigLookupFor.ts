import type { EppConfigLookup } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from './types';

/**
 * Where a model's EPP config may live on one cluster (LLMInferenceServiceConfigs, ConfigMaps), read from the cache
 * only: what resolving a model's EPP config needs in the backend and in the catalog module alike.
 *
 * @public
 */
export function eppConfigLookupFor(
  cache: Pick<LlmdClusterCache, 'get'>,
  cluster: string,
): EppConfigLookup {
  return {
    llmInferenceServiceConfig: (namespace, name) =>
      cache.get(cluster, 'LLMInferenceServiceConfig', namespace, name)?.object,
    configMap: (namespace, name) =>
      cache.get(cluster, 'ConfigMap', namespace, name)?.object,
  };
}
