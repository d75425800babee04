import {
  buildFleetMetricQueries,
  type FleetMetricId,
  fleetModelKey,
  type FleetModelMetrics,
  fleetValuesByModel,
} from '@llmd/plugin-llmd-common';
import type { ClusterMetricsSource } from './ClusterMetricsSource';

/** The fleet columns of every model one query scope covers, by `namespace/name`. */
export type FleetValues = ReadonlyMap<
  string,
  Partial<Record<FleetMetricId, number | null>>
>;

/**
 * The fleet columns of every model in one scope — the whole cluster, or with `namespaceTenancy` one namespace —
 * from one instant query per column (grouped by model, no per-model selector).
 *
 * @throws PrometheusRequestError when a request fails
 */
export async function queryFleetValues(
  source: ClusterMetricsSource,
  namespace: string | undefined,
  nowSeconds: number,
): Promise<FleetValues> {
  const chosen = await source.metricNames(namespace ?? '', nowSeconds);
  const queries = buildFleetMetricQueries(chosen.names);
  const values = new Map<
    string,
    Partial<Record<FleetMetricId, number | null>>
  >();
  await Promise.all(
    (Object.keys(queries) as FleetMetricId[]).map(async id => {
      const result = await source.run(client =>
        client.query(queries[id]!, nowSeconds, { namespace }),
      );
      for (const [key, value] of fleetValuesByModel(result)) {
        values.set(key, { ...values.get(key), [id]: value });
      }
    }),
  );
  return values;
}

/** One fleet item from the values of its scope: `no-data` without any, `ok` with traffic, else `no-traffic`. */
export function fleetItem(
  model: { cluster: string; namespace: string; name: string },
  values: FleetValues,
): FleetModelMetrics {
  const found = values.get(fleetModelKey(model.namespace, model.name));
  const requestsPerSecond = found?.requestsPerSecond ?? null;
  let state: FleetModelMetrics['state'] = 'no-data';
  if (found) {
    state = requestsPerSecond && requestsPerSecond > 0 ? 'ok' : 'no-traffic';
  }
  return {
    ...model,
    state,
    ttftP95Seconds: found?.ttftP95Seconds ?? null,
    requestsPerSecond,
    kvCacheUsage: found?.kvCacheUsage ?? null,
  };
}

/** A fleet item without numbers. */
export function fleetItemWithout(
  model: { cluster: string; namespace: string; name: string },
  state: 'not-configured' | 'unavailable',
): FleetModelMetrics {
  return {
    ...model,
    state,
    ttftP95Seconds: null,
    requestsPerSecond: null,
    kvCacheUsage: null,
  };
}
