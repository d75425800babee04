import type { ReachabilityKind } from './reachabilitySource';

/**
 * A CRD the reachability evaluation looks for: its `plural.group` name and the kinds of the ReachabilitySource it
 * serves (whose access tells whether it is installed when CRDs may not be read).
 */
export interface ReachabilityCrd {
  readonly name: string;
  readonly servedKinds: readonly ReachabilityKind[];
}

function crd(
  name: string,
  ...servedKinds: ReachabilityKind[]
): ReachabilityCrd {
  return { name, servedKinds };
}

/**
 * The CRDs a model's reachability depends on (names as in the vendored CRDs under vendor/crds and vendor/kserve).
 * MetalLB is represented by its IPAddressPool, the CRD that hands LoadBalancer Services (and so Gateways) addresses.
 */
export const REACHABILITY_CRDS = {
  llmInferenceService: crd(
    'llminferenceservices.serving.kserve.io',
    'LLMInferenceService',
  ),
  llmInferenceServiceConfig: crd(
    'llminferenceserviceconfigs.serving.kserve.io',
    'LLMInferenceServiceConfig',
  ),
  gateway: crd('gateways.gateway.networking.k8s.io', 'Gateway'),
  httpRoute: crd('httproutes.gateway.networking.k8s.io', 'HTTPRoute'),
  gatewayClass: crd('gatewayclasses.gateway.networking.k8s.io', 'GatewayClass'),
  inferencePool: crd(
    'inferencepools.inference.networking.k8s.io',
    'InferencePool',
  ),
  inferencePoolV1alpha2: crd(
    'inferencepools.inference.networking.x-k8s.io',
    'InferencePoolV1alpha2',
  ),
  authPolicy: crd('authpolicies.kuadrant.io', 'AuthPolicy'),
  leaderWorkerSet: crd('leaderworkersets.leaderworkerset.x-k8s.io'),
  metallb: crd('ipaddresspools.metallb.io'),
} as const;
