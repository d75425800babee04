import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef } from '../api';

/** Loads what the fleet page shows; the governance view is optional so an older backend still shows the fleet. */
export function useFleet() {
  const api = useApi(llmdApiRef);
  return useAsyncRetry(async () => {
    const [clusters, models, policy] = await Promise.all([
      api.listClusters(),
      api.listModels(),
      api.getGovernance().then(
        governance => ({ governance }),
        (governanceError: Error) => ({ governanceError }),
      ),
    ]);
    return { clusters: clusters.items, models: models.items, ...policy };
  }, [api]);
}

/** What {@link useFleet} loads. */
export type Fleet = NonNullable<ReturnType<typeof useFleet>['value']>;
