import type { SchedulerEppDialect } from './schedulerEppDialect';

/**
 * JSON of `GET /api/llmd/clusters`: the health of every configured cluster as the backend's watch cache sees it.
 */

/**
 * Render/read defaults of a cluster (from `llmd.clusters[].defaults`).
 *
 * @public
 */
export interface LlmdClusterDefaults {
  /** LLMInferenceService API version the cluster serves and new manifests target. */
  readonly llmisvcApiVersion: 'v1alpha1' | 'v1alpha2';
  /** EPP dialect id of the scheduler the cluster runs (configured, else the built-in assumption). */
  readonly eppDialect: string;
  /**
   * Neither `llmd.defaults` nor the cluster's `defaults` set `eppDialect`: it is the built-in assumption, and the
   * backend detects the dialect from the controller's scheduler template instead.
   */
  readonly eppDialectAssumed?: boolean;
  /** Audience of minted tokens (what the gateway's TokenReview expects). */
  readonly tokenAudience: string;
}

/**
 * Health of one cluster.
 *
 * @public
 */
export interface LlmdClusterStatus {
  readonly name: string;
  /** Every watched kind has listed successfully and its watch is open. */
  readonly connected: boolean;
  /** All kinds have completed at least one full list. */
  readonly synced: boolean;
  /** The backend shows last known objects because the cluster cannot be reached. */
  readonly stale: boolean;
  /** ISO time of the last successful (re)list or watch event. */
  readonly lastSync?: string;
  /** The last error, without credentials. */
  readonly lastError?: string;
  /** Number of cached objects per watched kind (LLMInferenceService, Gateway, ...). */
  readonly objectCounts: Readonly<Record<string, number>>;
  readonly defaults: LlmdClusterDefaults;
  /**
   * The dialect of the cluster's scheduler with its evidence: configured, else detected from the controller's
   * scheduler template; absent where the cache is not read (e.g. test doubles).
   */
  readonly eppDialect?: SchedulerEppDialect;
}

/**
 * Response of `GET /api/llmd/clusters`, in configuration order.
 *
 * @public
 */
export interface ListClustersResponse {
  readonly items: readonly LlmdClusterStatus[];
}
