/*
 * JSON of the serving-metrics routes: `GET /api/llmd/models/:namespace/:name/metrics` (the Serving metrics card) and
 * `POST /api/llmd/metrics/fleet` (the fleet page's columns for the visible page, one request for all rows). The
 * numbers come from the cluster's Prometheus (`llmd.clusters[].metrics`), queried with the metric names that
 * Prometheus actually has (vLLM's current or older names, or OpenShift AI's `kserve_`-prefixed copies).
 */

import { z } from 'zod';
import { dnsLabel, dnsSubdomain } from '../kube/dnsNames';
import { clusterNameSchema } from './clusterName';

/**
 * The time ranges the metrics routes accept.
 *
 * @public
 */
export const METRICS_RANGES = ['15m', '1h', '6h', '24h'] as const;

/**
 * A time range of the metrics routes.
 *
 * @public
 */
export type MetricsRange = (typeof METRICS_RANGES)[number];

/**
 * The metrics of one model, in the order the card shows them. Latencies in seconds, rates per second, ratios 0–1.
 *
 * @public
 */
export const MODEL_METRIC_IDS = [
  'ttftP50Seconds',
  'ttftP95Seconds',
  'itlP50Seconds',
  'itlP95Seconds',
  'e2eP95Seconds',
  'requestsPerSecond',
  'promptTokensPerSecond',
  'generationTokensPerSecond',
  'kvCacheUsage',
  'requestsWaiting',
  'requestsRunning',
  'prefixCacheHitRate',
  'errorRate',
  'pdDisaggregatedRate',
] as const;

/**
 * Id of one model metric.
 *
 * @public
 */
export type ModelMetricId = (typeof MODEL_METRIC_IDS)[number];

/**
 * One metric over the range: the latest value and the points of a range query.
 *
 * @public
 */
export interface MetricSeries {
  /** The value at the end of the range; null when Prometheus has no sample (no traffic, not scraped yet). */
  readonly current: number | null;
  /** `[unixSeconds, value]`, ascending; gaps where there was no sample. */
  readonly points: readonly (readonly [number, number])[];
}

/**
 * Where the numbers came from and which names were used.
 *
 * @public
 */
export interface MetricsSourceInfo {
  /** `prometheus`. */
  readonly type: 'prometheus';
  /** The configured base URL (no credentials, no query). */
  readonly url: string;
  /** Queries carry `?namespace=` (OpenShift Thanos querier tenancy port). */
  readonly namespaceTenancy: boolean;
  /**
   * The metric name generation found per family, e.g. `vllm` → `kserve_vllm:* (OpenShift AI prefixed)` and `epp` →
   * `llm_d_epp_*`; empty when nothing was found.
   */
  readonly names: Readonly<Record<string, string>>;
  /** How the model's series are selected: `llm_isvc_name` (OpenShift AI PodMonitors) or pod labels (upstream). */
  readonly selector: 'llm_isvc_name' | 'pod-labels';
}

/**
 * Why a metrics response has no numbers, when it has none.
 *
 * - `not-configured`: the cluster has no `llmd.clusters[].metrics`.
 * - `unavailable`: Prometheus did not answer or refused (fleet items only: the model route answers 502, its error
 *   message saying why in words).
 * - `no-data`: Prometheus answers but has no series of this model (not scraped yet, or no monitor).
 * - `no-traffic`: series exist but the model served no request in the range.
 *
 * @public
 */
export type MetricsState =
  | 'ok'
  | 'not-configured'
  | 'unavailable'
  | 'no-data'
  | 'no-traffic';

/**
 * Response of `GET /api/llmd/models/:namespace/:name/metrics`.
 *
 * @public
 */
export interface ModelMetricsResponse {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly state: MetricsState;
  /** Absent when the cluster has no metrics source. */
  readonly source?: MetricsSourceInfo;
  readonly range: MetricsRange;
  readonly stepSeconds: number;
  /** Every id of {@link MODEL_METRIC_IDS} but `pdDisaggregatedRate`, which is present only for P/D models. */
  readonly metrics: Partial<Readonly<Record<ModelMetricId, MetricSeries>>>;
  /** In words: which aliases were used, what is missing, how to configure metrics. */
  readonly warnings: readonly string[];
  /** Unix seconds of the Prometheus evaluation. */
  readonly evaluatedAt: number;
}

/**
 * Query of `GET /api/llmd/models/:namespace/:name/metrics`. Strict, like every query.
 *
 * @public
 */
export const modelMetricsQuerySchema = z
  .object({
    cluster: clusterNameSchema.optional(),
    range: z.enum(METRICS_RANGES).default('1h'),
  })
  .strict();

/**
 * Parsed query of `GET /api/llmd/models/:namespace/:name/metrics`.
 *
 * @public
 */
export type ModelMetricsQuery = z.infer<typeof modelMetricsQuerySchema>;

/**
 * The headline numbers of one model for the fleet page (current values only, over the last 5 minutes).
 *
 * @public
 */
export interface FleetModelMetrics {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly state: MetricsState;
  readonly ttftP95Seconds: number | null;
  readonly requestsPerSecond: number | null;
  readonly kvCacheUsage: number | null;
}

/**
 * Body of `POST /api/llmd/metrics/fleet`: the models of the visible fleet page (at most 500).
 *
 * @public
 */
export const fleetMetricsRequestSchema = z
  .object({
    models: z
      .array(
        z
          .object({
            cluster: clusterNameSchema,
            namespace: dnsLabel,
            name: dnsSubdomain,
          })
          .strict(),
      )
      .max(500),
  })
  .strict();

/**
 * Parsed body of `POST /api/llmd/metrics/fleet`.
 *
 * @public
 */
export type FleetMetricsRequest = z.infer<typeof fleetMetricsRequestSchema>;

/**
 * Response of `POST /api/llmd/metrics/fleet`: one entry per requested model the caller may read, in request order
 * (models the caller may not read, or that do not exist, are left out).
 *
 * @public
 */
export interface FleetMetricsResponse {
  readonly items: readonly FleetModelMetrics[];
  /** Per cluster, why it had no numbers (not configured, Prometheus down), in words. */
  readonly warnings: readonly string[];
}
