/**
 * How the backend authenticates to a cluster's Prometheus.
 *
 * @public
 */
export type ClusterMetricsAuthConfig =
  /** A bearer token, e.g. of a service account allowed to `get pods` in the tenant namespaces (tenancy port). */
  | { readonly type: 'serviceAccountToken'; readonly token: string }
  /** No credentials (a plain Prometheus on a trusted network). */
  | { readonly type: 'none' };

/**
 * A cluster's metrics source (`llmd.clusters[].metrics`): the Prometheus-compatible API the serving metrics are
 * read from — a plain Prometheus, or OpenShift's Thanos querier (port 9092 with `namespaceTenancy`, 9091 without).
 *
 * @public
 */
export interface ClusterMetricsConfig {
  readonly type: 'prometheus';
  /** Base URL of the Prometheus HTTP API (without `/api/v1`). */
  readonly url: string;
  readonly auth: ClusterMetricsAuthConfig;
  /** Every query carries `?namespace=<ns>` and covers that namespace only (Thanos querier tenancy port). */
  readonly namespaceTenancy: boolean;
  /** CA bundle of Prometheus, base64 encoded PEM (plain PEM is accepted too). */
  readonly caData?: string;
  /** Skip verifying Prometheus' certificate. Only for development. */
  readonly skipTLSVerify: boolean;
  /** Bound on one Prometheus request, in milliseconds. */
  readonly timeoutMs: number;
  /** Prometheus requests of this cluster in flight at once. */
  readonly concurrency: number;
}

/**
 * Values of the optional settings when a cluster's `metrics` leaves them out.
 *
 * @public
 */
export const DEFAULT_CLUSTER_METRICS_SETTINGS = {
  namespaceTenancy: false,
  skipTLSVerify: false,
  timeoutMs: 5000,
  concurrency: 4,
} as const;
