import type { ClusterMetricsConfig } from './metrics/clusterMetricsConfig';
import type { ClusterDefaults } from './types';

/**
 * How the cache authenticates to a cluster's API server.
 *
 * @public
 */
export type ClusterAuthConfig =
  /** A bearer token (usually a long-lived service account token). */
  | { readonly type: 'serviceAccountToken'; readonly token: string }
  /** A kubeconfig file, optionally a context other than its current one. */
  | {
      readonly type: 'kubeconfig';
      readonly file: string;
      readonly context?: string;
    }
  /** The pod's own service account (the backend runs inside the cluster). */
  | { readonly type: 'inCluster' };

/**
 * One cluster the cache watches, parsed and validated from `llmd.clusters[]` (or the `kubernetes` config).
 *
 * @public
 */
export interface LlmdClusterConfig {
  readonly name: string;
  /**
   * API server URL. Required for token auth; with kubeconfig or in-cluster auth it overrides the server those
   * provide.
   */
  readonly url?: string;
  readonly auth: ClusterAuthConfig;
  /** CA bundle of the API server, base64 encoded PEM (plain PEM is accepted too). */
  readonly caData?: string;
  /** Path of a CA bundle file of the API server. */
  readonly caFile?: string;
  readonly skipTLSVerify: boolean;
  readonly defaults: ClusterDefaults;
  /** The active probe of the cluster's model endpoints; absent means off. */
  readonly probe?: ClusterProbeConfig;
  /** The cluster's Prometheus for serving metrics (`metrics`); absent means not configured. */
  readonly metrics?: ClusterMetricsConfig;
}

/**
 * The active probe of a cluster's model endpoints (`llmd.clusters[].probe`): `GET <endpoint>/v1/models` from the
 * backend, without and with a short-lived token. Off by default, as it sends requests to the model gateways.
 *
 * @public
 */
export interface ClusterProbeConfig {
  readonly enabled: boolean;
  /** Bound on one probe request, in milliseconds. */
  readonly timeoutMs: number;
  /** Models of the cluster probed at once (each probe: a token request and two HTTP requests). */
  readonly concurrency: number;
  /** CA bundle of the model gateways, base64 encoded PEM (plain PEM is accepted too). */
  readonly caData?: string;
  /** Skip verifying the model gateways' certificates. Only for development. */
  readonly skipTLSVerify: boolean;
}

/**
 * The probe settings of a cluster that configures none: off, 5 s timeout, 4 requests at once.
 *
 * @public
 */
export const DEFAULT_CLUSTER_PROBE_CONFIG: ClusterProbeConfig = {
  enabled: false,
  timeoutMs: 5000,
  concurrency: 4,
  skipTLSVerify: false,
};

/**
 * Tuning of the watches (`llmd.cache`); the defaults suit production, tests shorten them.
 *
 * @public
 */
export interface ClusterCacheTuning {
  /** First retry delay after an error, in milliseconds. */
  readonly backoffInitialMs: number;
  /** Upper bound of the retry delay, in milliseconds. */
  readonly backoffMaxMs: number;
  /** Items per page of a list request. */
  readonly pageSize: number;
  /**
   * Server-side watch timeout in seconds; each watch picks a random value between this and twice this, so the
   * watches of many kinds and clusters do not all renew at the same moment.
   */
  readonly watchTimeoutSeconds: number;
  /** Bound on one list page or on opening a watch, in milliseconds. */
  readonly requestTimeoutMs: number;
}

/**
 * Built-in tuning: 250 ms → 30 s backoff, pages of 500, 5–10 min watches, 30 s requests.
 *
 * @public
 */
export const DEFAULT_CACHE_TUNING: ClusterCacheTuning = {
  backoffInitialMs: 250,
  backoffMaxMs: 30_000,
  pageSize: 500,
  watchTimeoutSeconds: 300,
  requestTimeoutMs: 30_000,
};
