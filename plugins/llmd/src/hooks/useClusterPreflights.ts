import { useApi } from '@backstage/core-plugin-api';
import type { ClusterPreflightResponse } from '@llmd/plugin-llmd-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef } from '../api';

/** The preflight of one cluster, or why it could not be loaded. */
export type ClusterPreflightResult =
  | { readonly cluster: string; readonly preflight: ClusterPreflightResponse }
  | { readonly cluster: string; readonly error: Error };

/**
 * Loads the preflight of each named cluster at once; a cluster whose preflight fails does not hide the others.
 */
export function useClusterPreflights(clusters: readonly string[]) {
  const api = useApi(llmdApiRef);
  return useAsyncRetry(
    () =>
      Promise.all(
        clusters.map(
          (cluster): Promise<ClusterPreflightResult> =>
            api.getClusterPreflight(cluster).then(
              preflight => ({ cluster, preflight }),
              (error: Error) => ({ cluster, error }),
            ),
        ),
      ),
    [api, clusters.join('\n')],
  );
}
