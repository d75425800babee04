import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef, type ModelRef } from '../api';

/**
 * Loads the reachability diagnosis of a model on one cluster; `value` is undefined when the backend reports none
 * for that cluster. `retry` loads it again.
 */
export function useModelDiagnosis(model: ModelRef, cluster: string) {
  const api = useApi(llmdApiRef);
  return useAsyncRetry(async () => {
    const response = await api.getModelDiagnosis({ ...model, cluster });
    return response.clusters.find(c => c.cluster === cluster);
  }, [api, model.namespace, model.name, cluster]);
}
