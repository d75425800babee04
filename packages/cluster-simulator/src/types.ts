/**
 * Public types of the cluster simulator.
 */
import type { PodMetricsSnapshot } from './dataPlane/podNetwork/podMetricsSnapshot';

/**
 * A Kubernetes object as plain JSON.
 *
 * @public
 */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: KubeObjectMeta;
  [key: string]: unknown;
}

/**
 * The part of `metadata` the simulator reads or maintains.
 *
 * @public
 */
export interface KubeObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  [key: string]: unknown;
}

/**
 * An RBAC-like rule of a bearer token: the request is allowed when one rule matches verb, API group and
 * resource (`plural` or `plural/subresource`) and, when `namespaces` is given, the request's namespace.
 * `'*'` matches anything in each list. Rules with `namespaces` never allow cluster-wide requests.
 *
 * @public
 */
export interface SimulatorAccessRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  namespaces?: string[];
}

/**
 * What a bearer token may do: everything (`'admin'`) or what its rules allow.
 *
 * @public
 */
export type SimulatorTokenAccess = 'admin' | SimulatorAccessRule[];

/**
 * Options of {@link startClusterSimulator}.
 *
 * @public
 */
export interface ClusterSimulatorOptions {
  /** Address to listen on; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (a free port). */
  port?: number;
  /** Serve HTTPS with a self-signed certificate for 127.0.0.1, ::1 and localhost; default false. */
  tls?: boolean;
  /**
   * Directories scanned recursively for CustomResourceDefinitions; every served version becomes a resource. When
   * given, `crds` is ignored.
   */
  crdDirs?: string[];
  /**
   * The CRDs served without `crdDirs`: `bundled` (default) serves the CRD catalog bundled with `@llmd/crd-validator`
   * (KServe, Gateway API, InferencePool, Kuadrant, LeaderWorkerSet, MetalLB, OLM; one snapshot per CRD), `none`
   * only the built-in fallback entries (LLMInferenceService, LLMInferenceServiceConfig, Gateway, GatewayClass,
   * HTTPRoute), which are otherwise added for kinds and versions the CRDs lack.
   */
  crds?: 'bundled' | 'none';
  /** CRDs not to serve (`plural.group`, e.g. `authpolicies.kuadrant.io`), to simulate a cluster that lacks them. */
  omitCrds?: string[];
  /**
   * Serve the CRDs with their `openAPIV3Schema`s, as a real API server does (for clients that validate against the
   * installed CRDs). Off by default: each simulator keeps its own copy of the schemas, and the simulator itself
   * does not validate.
   */
  crdSchemas?: boolean;
  /** Directory whose *.yaml / *.yml files (multi-document) are loaded at start. */
  seedDir?: string;
  /** More seed directories, loaded after `seedDir` in order (e.g. a GitOps tree, then the platform's objects). */
  seedDirs?: readonly string[];
  /** Extra objects loaded at start (after the seed directories). */
  objects?: object[];
  /** Mimic the KServe controller (status of LLMInferenceServices and Gateways). */
  controller?: boolean | SimulatorControllerOptions;
  /**
   * Simulated data plane: each Gateway's address becomes a loopback HTTP(S) listener on 127.0.0.1 that routes
   * `/<namespace>/<name>/v1/...` through accepted HTTPRoutes to a simulated vLLM per model, enforcing AuthPolicies
   * like Kuadrant (needs `controller`). Default false: fake LoadBalancer addresses that nothing listens on.
   */
  dataPlane?: boolean;
  /**
   * With `dataPlane`: requests per second the simulator itself sends to each Ready model through its Gateway
   * listeners (varied prompts, at most 4 in flight), so metrics move. Default none.
   */
  backgroundLoad?: number;
  /** Extra bearer tokens and what they may do. */
  tokens?: Record<string, SimulatorTokenAccess>;
  /** The admin token; default a random one. */
  adminToken?: string;
  /** Added latency per request in milliseconds. */
  latencyMs?: number;
  /** Number of watch events kept for resuming watches (default 1000); older resource versions get 410. */
  historySize?: number;
  /** Interval of BOOKMARK events on watches that allow them; default 60000 ms (like the real API server). */
  bookmarkIntervalMs?: number;
  /** Log sink; default silent. */
  logger?: (line: string) => void;
}

/**
 * Options of the simulated KServe controller.
 *
 * @public
 */
export interface SimulatorControllerOptions {
  /** Time from seeing a new generation of an LLMInferenceService to reporting it Ready; default 0. */
  readyAfterMs?: number;
}

/**
 * A token minted through the TokenRequest API.
 *
 * @public
 */
export interface IssuedToken {
  namespace: string;
  serviceAccountName: string;
  audiences: string[];
  expirationSeconds: number;
  token: string;
  /** RFC 3339 time the token expires. */
  expirationTimestamp: string;
}

/**
 * Options of {@link SimulatorFaults.failRequests}.
 *
 * @public
 */
export interface FailRequestsOptions {
  /** HTTP status of the failed requests, e.g. 500, 503, 401, 429. */
  status: number;
  /** Fail this many requests (with `ratio`: at most this many). Without count and ratio: every request. */
  count?: number;
  /** Fail this fraction of requests, deterministically spread (0.5 fails every second request). */
  ratio?: number;
  /** Message of the Status body. */
  message?: string;
}

/**
 * Fault injection at runtime.
 *
 * @public
 */
export interface SimulatorFaults {
  /** Added latency per request in milliseconds (0 = none). */
  setLatency(ms: number): void;
  /** Fails requests with a Status of the given code (see {@link FailRequestsOptions}). */
  failRequests(options: FailRequestsOptions): void;
  /**
   * Closes every open watch. By default the sockets are destroyed (the client sees a network error);
   * with `graceful: true` the streams end normally, as when the API server's watch timeout expires.
   */
  dropWatches(options?: { graceful?: boolean }): void;
  /**
   * Discards the watch event history, like an etcd compaction: open watches receive an ERROR event with a
   * 410 Expired Status and are closed, and any later watch or continue token from an older resourceVersion
   * gets 410 too, so informers relist.
   */
  expireHistory(): void;
  /** While true every connection is destroyed as soon as it is made, and open ones are destroyed. */
  setUnreachable(unreachable: boolean): void;
  /** Clears injected failures and unreachability and restores the latency given at start (`latencyMs`). */
  reset(): void;
}

/**
 * Request counters.
 *
 * @public
 */
export interface SimulatorStats {
  /** Every HTTP request received (also failed and rejected ones). */
  readonly total: number;
  /** Requests by verb: get, list, watch, create, update, patch, delete, deletecollection. */
  readonly byVerb: Record<string, number>;
  /**
   * Resource requests by resource in kubectl style: `pods`, `llminferenceservices.serving.kserve.io`,
   * `serviceaccounts/token`, `gateways.gateway.networking.k8s.io/status`.
   */
  readonly byResource: Record<string, number>;
  reset(): void;
}

/**
 * A running simulator.
 *
 * @public
 */
export interface ClusterSimulator {
  /** Base URL, e.g. `https://127.0.0.1:41234`. */
  readonly url: string;
  /** Base64 of the PEM certificate (kubeconfig `certificate-authority-data`) when TLS is on. */
  readonly caData?: string;
  readonly adminToken: string;
  /**
   * With `dataPlane`: base URL of the pod network (`GET /targets` = Prometheus http_sd of every simulated vLLM and
   * scheduler pod, `GET /pods/<namespace>/<pod>/metrics` = its exposition), e.g. `http://127.0.0.1:41235`.
   */
  readonly podNetworkUrl?: string;
  /** Every simulated pod's metrics as its `/metrics` exposes them now (empty without `dataPlane`). */
  metricsSnapshot(): PodMetricsSnapshot[];
  /**
   * Creates or replaces an object (like `kubectl apply`) and emits watch events; returns the stored object.
   * A `status` in `obj` is stored as given (handy for tests); without one the current status is kept.
   * Namespaced objects without a namespace go to `default`.
   *
   * @throws when apiVersion/kind is not registered or the object is invalid
   */
  apply(obj: object): object;
  /** Deletes an object at once (finalizers are ignored); false when it did not exist. */
  remove(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    name: string,
  ): boolean;
  /** A copy of the stored object as `apiVersion`, or undefined. */
  get(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    name: string,
  ): object | undefined;
  /** Copies of the stored objects of a kind, optionally in one namespace, ordered by namespace and name. */
  list(apiVersion: string, kind: string, namespace?: string): object[];
  /** Adds or replaces a bearer token. */
  addToken(token: string, rules: SimulatorTokenAccess): void;
  /** Every token minted through the TokenRequest API, oldest first. */
  readonly issuedTokens: ReadonlyArray<IssuedToken>;
  readonly faults: SimulatorFaults;
  readonly stats: SimulatorStats;
  /** The current (global) resourceVersion. */
  readonly resourceVersion: string;
  /** Closes the server, the watches and the timers. */
  close(): Promise<void>;
}
