import type { KubeObjectLike } from '../kube/kubeObject';

/**
 * The kinds the reachability evaluation reads. `InferencePool` is `inference.networking.k8s.io/v1`,
 * `InferencePoolV1alpha2` the legacy `inference.networking.x-k8s.io/v1alpha2`; `AuthPolicy` is `kuadrant.io/v1`.
 *
 * @public
 */
export type ReachabilityKind =
  | 'LLMInferenceService'
  | 'LLMInferenceServiceConfig'
  | 'Gateway'
  | 'GatewayClass'
  | 'HTTPRoute'
  | 'InferencePool'
  | 'InferencePoolV1alpha2'
  | 'AuthPolicy'
  | 'Namespace'
  | 'CustomResourceDefinition';

/**
 * Whether a kind could be read: `not-installed` when the API server does not serve it (404: its CRD is missing),
 * `forbidden` when the credentials may not list/watch it (403; `permission` names it,
 * e.g. `list, watch httproutes.gateway.networking.k8s.io`), `pending` before the first list completed, `error`
 * otherwise.
 *
 * @public
 */
export type KindAccess =
  | { readonly state: 'ok' }
  | { readonly state: 'pending' }
  | { readonly state: 'not-installed' }
  | { readonly state: 'forbidden'; readonly permission: string }
  | { readonly state: 'error'; readonly message: string };

/**
 * What the reachability evaluation reads about one cluster: the backend implements it over its watch cache (no API
 * request per evaluation), `llmd diagnose` over objects it read once. Objects are as the API server returned them
 * (CRDs may be stripped of their schemas).
 *
 * @public
 */
export interface ReachabilitySource {
  access(kind: ReachabilityKind): KindAccess;
  /** Objects of a kind, optionally of one namespace; empty when the kind cannot be read. */
  list(kind: ReachabilityKind, namespace?: string): readonly KubeObjectLike[];
  /** One object; `namespace` is ignored for cluster-scoped kinds. */
  get(
    kind: ReachabilityKind,
    namespace: string,
    name: string,
  ): KubeObjectLike | undefined;
}
