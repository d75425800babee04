import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  FleetMetricsResponse,
  FleetModelMetrics,
  MetricsRange,
  ModelMetricsResponse,
} from '@llmd/plugin-llmd-common';
import type { ClusterMetricsConfig } from '@llmd/plugin-llmd-node';
import { ClusterMetricsSource } from './ClusterMetricsSource';
import { CoalescingTtlCache } from './CoalescingTtlCache';
import { metricsNotConfiguredWarning } from './metricsNotConfigured';
import {
  fleetItem,
  fleetItemWithout,
  type FleetValues,
  queryFleetValues,
} from './queryFleetMetrics';
import { type MetricsModel, queryModelMetrics } from './queryModelMetrics';

/** How long an answer is served again: charts and columns refresh about this often. */
const RESULT_TTL_MS = 15_000;

/** Dependencies of {@link ModelMetricsService}. */
export interface ModelMetricsServiceOptions {
  /** `llmd.clusters[].metrics` by cluster name; clusters not in it have no metrics. */
  readonly configs: ReadonlyMap<string, ClusterMetricsConfig>;
  readonly logger?: LoggerService;
  /** Clock in milliseconds (tests). */
  readonly now?: () => number;
}

/** Requests sent to Prometheus, for benchmarks ("Prometheus queries per page view"). */
export interface ModelMetricsStats {
  readonly prometheusRequests: number;
  readonly prometheusRequestsByCluster: Readonly<Record<string, number>>;
}

/** A model of a fleet request. */
type FleetModel = { cluster: string; namespace: string; name: string };

/**
 * Serving metrics from each cluster's Prometheus: per cluster a client, its concurrency bound and name detection;
 * answers kept 15 s per (cluster, model, range) and per fleet scope, concurrent callers sharing one computation.
 */
export class ModelMetricsService {
  private readonly sources = new Map<string, ClusterMetricsSource>();
  private readonly models: CoalescingTtlCache<ModelMetricsResponse>;
  private readonly fleet: CoalescingTtlCache<FleetValues>;
  private readonly now: () => number;

  constructor(private readonly options: ModelMetricsServiceOptions) {
    this.now = options.now ?? Date.now;
    for (const [cluster, config] of options.configs) {
      this.sources.set(cluster, new ClusterMetricsSource(config, this.now));
    }
    this.models = new CoalescingTtlCache(this.now);
    this.fleet = new CoalescingTtlCache(this.now);
  }

  /** Whether the cluster has `llmd.clusters[].metrics`. */
  configured(cluster: string): boolean {
    return this.sources.has(cluster);
  }

  /**
   * The model's numbers over `range`, ending now (or up to 15 s ago, from the cache).
   *
   * @throws PrometheusRequestError when Prometheus fails; Error for a cluster without metrics (check
   * {@link ModelMetricsService.configured} first)
   */
  modelMetrics(
    model: MetricsModel,
    range: MetricsRange,
  ): Promise<ModelMetricsResponse> {
    const source = this.sourceOf(model.cluster);
    const key = [model.cluster, model.namespace, model.name, range].join('/');
    return this.models.get(
      key,
      () => RESULT_TTL_MS,
      () =>
        queryModelMetrics(source, model, range, this.nowSeconds()).catch(
          error => {
            this.options.logger?.warn(
              `Metrics of ${model.namespace}/${model.name} on cluster ${model.cluster} unavailable: ${error.message}`,
            );
            throw error;
          },
        ),
    );
  }

  /**
   * The fleet columns of `models` (already filtered to what the caller may read), in their order. A cluster
   * without metrics or whose Prometheus fails gives its models a state without numbers and one warning.
   */
  async fleetMetrics(
    models: readonly FleetModel[],
  ): Promise<FleetMetricsResponse> {
    const warnings = new Set<string>();
    const scopes = new Map<string, Promise<FleetValues | undefined>>();
    const valuesOf = (model: FleetModel) => {
      const source = this.sources.get(model.cluster)!;
      const namespace = source.tenancyNamespace(model.namespace);
      const key = `${model.cluster}/${namespace ?? '*'}`;
      if (!scopes.has(key)) {
        scopes.set(
          key,
          this.fleet
            .get(
              key,
              () => RESULT_TTL_MS,
              () => queryFleetValues(source, namespace, this.nowSeconds()),
            )
            .catch(error => {
              warnings.add(`Cluster ${model.cluster}: ${error.message}`);
              this.options.logger?.warn(
                `Fleet metrics of cluster ${model.cluster} unavailable: ${error.message}`,
              );
              return undefined;
            }),
        );
      }
      return scopes.get(key)!;
    };
    const items: FleetModelMetrics[] = await Promise.all(
      models.map(async model => {
        if (!this.configured(model.cluster)) {
          warnings.add(metricsNotConfiguredWarning(model.cluster));
          return fleetItemWithout(model, 'not-configured');
        }
        const values = await valuesOf(model);
        return values
          ? fleetItem(model, values)
          : fleetItemWithout(model, 'unavailable');
      }),
    );
    return { items, warnings: [...warnings] };
  }

  /** Prometheus requests sent since start. */
  stats(): ModelMetricsStats {
    const byCluster: Record<string, number> = {};
    for (const [cluster, source] of this.sources) {
      byCluster[cluster] = source.client.requestCount;
    }
    return {
      prometheusRequests: Object.values(byCluster).reduce((a, b) => a + b, 0),
      prometheusRequestsByCluster: byCluster,
    };
  }

  /** Closes the connections to every Prometheus. */
  async close(): Promise<void> {
    await Promise.all([...this.sources.values()].map(s => s.close()));
  }

  private sourceOf(cluster: string): ClusterMetricsSource {
    const source = this.sources.get(cluster);
    if (!source)
      throw new Error(`Metrics are not configured for cluster ${cluster}`);
    return source;
  }

  private nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }
}
