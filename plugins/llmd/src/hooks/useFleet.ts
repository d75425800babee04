import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef } from '../api';

/**
 * Loads the clusters behind the fleet page. The models and the policy findings are paged separately
 * ({@link useFleetModelsPage}, {@link useGovernancePage}), so one slow or failing part does not hide the others.
 */
export function useFleet() {
  const api = useApi(llmdApiRef);
  return useAsyncRetry(async () => {
    const clusters = await api.listClusters();
    return { clusters: clusters.items };
  }, [api]);
}
