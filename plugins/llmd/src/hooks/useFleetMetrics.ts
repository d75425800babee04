import { useApi } from '@backstage/core-plugin-api';
import type { FleetModelMetrics } from '@llmd/plugin-llmd-common';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { llmdApiRef } from '../api';

/** How often the visible page's metrics are asked again. */
export const FLEET_METRICS_REFRESH_MS = 30_000;

/** A model on a cluster, as the fleet metrics route names it. */
export interface FleetMetricsModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
}

/** The key of a model's metrics in {@link useFleetMetrics}' map. */
const fleetMetricsKey = (m: FleetMetricsModel) =>
  `${m.cluster}/${m.namespace}/${m.name}`;

/**
 * The headline metrics of the visible page's models: one `POST /api/llmd/metrics/fleet` for the page (never one per
 * row), asked again every 30 s while the page is shown and whenever the visible models change.
 */
export function useFleetMetrics(models: readonly FleetMetricsModel[]) {
  const api = useApi(llmdApiRef);
  // the page's models as text: a reload of the same page (same rows) does not ask again
  const key = JSON.stringify(
    models.map(({ cluster, namespace, name }) => ({
      cluster,
      namespace,
      name,
    })),
  );
  const state = useAsyncRetry(async () => {
    const request: FleetMetricsModel[] = JSON.parse(key);
    if (request.length === 0) return undefined;
    const response = await api.getFleetMetrics({ models: request });
    return {
      byModel: new Map<string, FleetModelMetrics>(
        response.items.map(item => [fleetMetricsKey(item), item]),
      ),
      warnings: response.warnings,
    };
  }, [api, key]);
  useInterval(state.retry, models.length > 0 ? FLEET_METRICS_REFRESH_MS : null);
  return useMemo(
    () => ({
      byModel: state.value?.byModel,
      warnings: state.value?.warnings ?? [],
      loading: state.loading,
      error: state.error,
    }),
    [state.value, state.loading, state.error],
  );
}
