import {
  catalogSeriesMatcher,
  type ChosenMetricNames,
  chooseMetricNames,
  detectModelSelector,
  type ModelSelectorKind,
  modelSelectorProbes,
} from '@llmd/plugin-llmd-common';
import {
  type ClusterMetricsConfig,
  PrometheusClient,
} from '@llmd/plugin-llmd-node';
import pLimit from 'p-limit';
import { CoalescingTtlCache } from './CoalescingTtlCache';

/** How long the metric names and a model's labelling are trusted: they change with upgrades, not per minute. */
const DETECTION_TTL_MS = 5 * 60_000;
/** Nothing found yet (Prometheus just started, first scrape pending): look again soon. */
const NOTHING_FOUND_TTL_MS = 15_000;
/** Names are looked for in the last hour: what is scraped now. */
const NAMES_LOOKBACK_SECONDS = 3600;

/**
 * One cluster's Prometheus: its client, at most `concurrency` requests in flight, and what was detected about it
 * (the metric names it has; how each model's series are labelled), cached.
 */
export class ClusterMetricsSource {
  readonly client: PrometheusClient;
  private readonly limit: pLimit.Limit;
  private readonly names: CoalescingTtlCache<ChosenMetricNames>;
  private readonly selectors: CoalescingTtlCache<ModelSelectorKind | null>;

  constructor(readonly config: ClusterMetricsConfig, now: () => number) {
    this.client = new PrometheusClient(config);
    this.limit = pLimit(config.concurrency);
    this.names = new CoalescingTtlCache(now);
    this.selectors = new CoalescingTtlCache(now);
  }

  /** Runs a Prometheus request within the cluster's concurrency bound. */
  run<T>(request: (client: PrometheusClient) => Promise<T>): Promise<T> {
    return this.limit(() => request(this.client));
  }

  /** The namespace every request carries with `namespaceTenancy`, else undefined. */
  tenancyNamespace(namespace: string): string | undefined {
    return this.config.namespaceTenancy ? namespace : undefined;
  }

  /**
   * The metric names this Prometheus has (with tenancy: in `namespace`), from one `/api/v1/label/__name__/values`
   * request asking for exactly the catalog's names.
   */
  metricNames(
    namespace: string,
    nowSeconds: number,
  ): Promise<ChosenMetricNames> {
    const scope = this.tenancyNamespace(namespace);
    return this.names.get(
      scope ?? '',
      chosen =>
        Object.keys(chosen.names).length > 0
          ? DETECTION_TTL_MS
          : NOTHING_FOUND_TTL_MS,
      async () =>
        chooseMetricNames(
          await this.run(client =>
            client.labelValues(
              '__name__',
              [catalogSeriesMatcher()],
              { start: nowSeconds - NAMES_LOOKBACK_SECONDS, end: nowSeconds },
              { namespace: scope },
            ),
          ),
        ),
    );
  }

  /**
   * How the model's series of `seriesName` are labelled (`llm_isvc_name` or pod labels) within `[start, end]`, from
   * one `/api/v1/series` request; null when it has none.
   */
  modelSelector(
    seriesName: string,
    namespace: string,
    name: string,
    range: { start: number; end: number },
  ): Promise<ModelSelectorKind | null> {
    return this.selectors.get(
      `${namespace}/${name}/${seriesName}`,
      kind => (kind ? DETECTION_TTL_MS : NOTHING_FOUND_TTL_MS),
      async () => {
        const series = await this.run(client =>
          client.series(
            modelSelectorProbes(seriesName, namespace, name),
            range,
            {
              namespace: this.tenancyNamespace(namespace),
            },
          ),
        );
        return detectModelSelector(series, namespace, name) ?? null;
      },
    );
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
