/**
 * The contract of the llm-d cluster cache: what the backend plugin and the catalog module read. The cache is the
 * only reader of the Kubernetes API servers; everything else reads from it.
 */

import type {
  KindAccess,
  LlmdClusterDefaults,
  LlmdClusterStatus,
  ReachabilityKind,
} from '@llmd/plugin-llmd-common';

/**
 * The kinds of objects the cache watches in every cluster.
 *
 * @public
 */
export type WatchedKind =
  | 'LLMInferenceService'
  | 'LLMInferenceServiceConfig'
  | 'Gateway'
  | 'ConfigMap'
  | AuxiliaryKind;

/**
 * The kinds the cache watches for the reachability evaluation, named as `ReachabilityKind`: `InferencePool` is
 * `inference.networking.k8s.io/v1`, `InferencePoolV1alpha2` `inference.networking.x-k8s.io/v1alpha2`, `AuthPolicy`
 * `kuadrant.io/v1`; `Namespace` and `CustomResourceDefinition` are cluster-scoped, and CRDs are stored without
 * their schemas. A cluster may lack them or forbid reading them: that shows in {@link ClusterHealth.kindAccess}
 * and never makes the cluster stale or delays its sync, which only the other kinds define.
 *
 * @public
 */
export type AuxiliaryKind = Exclude<
  ReachabilityKind,
  'LLMInferenceService' | 'LLMInferenceServiceConfig' | 'Gateway'
>;

/**
 * A Kubernetes object as plain JSON (what the API server returned).
 *
 * @public
 */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly uid?: string;
    readonly resourceVersion?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly [key: string]: unknown;
  };
  readonly spec?: unknown;
  readonly status?: unknown;
  readonly data?: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

/**
 * An object in the cache with the cluster it came from.
 *
 * @public
 */
export interface CachedObject {
  readonly cluster: string;
  readonly kind: WatchedKind;
  readonly object: KubeObject;
}

/**
 * Render/read defaults of a cluster (from `llmd.clusters[].defaults`); the API contract's type.
 *
 * @public
 */
export type ClusterDefaults = LlmdClusterDefaults;

/**
 * Health of one cluster's watches: the API contract's cluster status, counting objects per watched kind.
 *
 * @public
 */
export interface ClusterHealth extends LlmdClusterStatus {
  /** Number of cached objects per kind. */
  readonly objectCounts: Readonly<Record<WatchedKind, number>>;
  /** Whether each auxiliary kind could be read (absent before the cluster's clients are built). */
  readonly kindAccess?: Readonly<Partial<Record<AuxiliaryKind, KindAccess>>>;
}

/**
 * A change seen by the cache.
 *
 * @public
 */
export type ClusterCacheEvent =
  | {
      readonly type: 'added' | 'modified' | 'deleted';
      readonly cluster: string;
      readonly kind: WatchedKind;
      readonly object: KubeObject;
    }
  /** All watched kinds of a cluster have completed a full list: the cache holds a complete snapshot of it. */
  | { readonly type: 'synced'; readonly cluster: string }
  /** The health of a cluster changed (connected, stale, error). */
  | {
      readonly type: 'health';
      readonly cluster: string;
      readonly health: ClusterHealth;
    };

/**
 * A minted service account token. The caller must return it once and never log or store it.
 *
 * @public
 */
export interface MintedToken {
  readonly token: string;
  /** ISO time. */
  readonly expiresAt: string;
}

/**
 * The multi-cluster watch cache (one per backend process).
 *
 * @public
 */
export interface LlmdClusterCache {
  /** Health of every configured cluster, in configuration order. */
  listClusters(): ClusterHealth[];
  /** Health of one cluster, undefined when it is not configured. */
  getCluster(name: string): ClusterHealth | undefined;
  /** Cached objects of a kind, optionally narrowed to a cluster and namespace. */
  list(
    kind: WatchedKind,
    filter?: { cluster?: string; namespace?: string },
  ): CachedObject[];
  /**
   * Whether a kind of a cluster could be read: `pending` before its first list, `not-installed` when the cluster
   * does not serve it (404), `forbidden` with the missing permission (403), `error` for an unknown cluster or
   * another failure before anything was listed.
   */
  access(cluster: string, kind: WatchedKind): KindAccess;
  /** One cached object, undefined when not cached; `namespace` is '' for cluster-scoped kinds. */
  get(
    cluster: string,
    kind: WatchedKind,
    namespace: string,
    name: string,
  ): CachedObject | undefined;
  /** Subscribes to changes; returns the unsubscribe function. Listeners must not throw (errors are logged). */
  subscribe(listener: (event: ClusterCacheEvent) => void): () => void;
  /** Resolves once every cluster has synced or failed its first attempt (bounded by timeoutMs). */
  waitForInitialSync(timeoutMs?: number): Promise<void>;
  /**
   * The CustomResourceDefinitions of the given API groups installed on a cluster, read from its API server when
   * called (not cached): what manifests for that cluster are validated against.
   * Rejects with NotFoundError for an unknown cluster and ServiceUnavailableError when it is not connected.
   */
  listCustomResourceDefinitions(
    cluster: string,
    groups: readonly string[],
  ): Promise<KubeObject[]>;
  /**
   * Reads a ServiceAccount from the cluster's API server (not cached; metadata only), e.g. to check that it is the
   * product's own before minting a token for it. Undefined when it does not exist.
   *
   * @throws NotFoundError for an unknown cluster
   */
  readServiceAccount(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<KubeObject | undefined>;
  /**
   * Mints a token for a service account through the TokenRequest API of the cluster (not cached).
   *
   * @throws NotFoundError for an unknown cluster or service account
   */
  createServiceAccountToken(request: {
    cluster: string;
    namespace: string;
    serviceAccountName: string;
    expirationSeconds: number;
    audience?: string;
  }): Promise<MintedToken>;
}
