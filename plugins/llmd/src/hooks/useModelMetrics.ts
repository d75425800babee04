import { useApi } from '@backstage/core-plugin-api';
import type { MetricsRange } from '@llmd/plugin-llmd-common';
import { useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef, type ModelRef } from '../api';

/** How often the Serving metrics card reloads while the page is visible (the backend caches for 15 s). */
const METRICS_REFRESH_MS = 20_000;

/**
 * Loads the serving metrics of a model on one cluster over a range, and again every {@link METRICS_REFRESH_MS} while
 * the browser tab is visible (a hidden tab costs Prometheus nothing). During a reload `value` keeps the last answer,
 * so the charts do not flicker; `retry` reloads now.
 */
export function useModelMetrics(
  model: ModelRef,
  cluster: string,
  range: MetricsRange,
) {
  const api = useApi(llmdApiRef);
  const state = useAsyncRetry(
    () => api.getModelMetrics({ ...model, cluster, range }),
    [api, model.namespace, model.name, cluster, range],
  );
  const { retry } = state;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') retry();
    }, METRICS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [retry]);
  return state;
}
