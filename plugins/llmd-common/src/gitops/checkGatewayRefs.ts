import { type GatewayRef, gatewayRefsOf } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';

/**
 * Where Gateways can come from for `checkGatewayRefs`.
 *
 * @public
 */
export interface KnownGateways {
  /** Gateways that exist, e.g. on the configured clusters. */
  readonly gateways: readonly GatewayRef[];
  /** Where they were looked up, for the message (`clusters demo, prod`). */
  readonly where: string;
}

/**
 * Problems of an LLMInferenceService whose Gateways (`spec.router.gateway.refs`, or the controller's default for
 * `gateway: {}`) exist neither in `known` nor among `alsoPresent` (Gateways of the same change): its HTTPRoute would
 * attach to nothing and the model would not be reachable.
 */
export function checkGatewayRefs(
  llmisvc: KubeObjectLike,
  known: KnownGateways,
  alsoPresent: readonly GatewayRef[],
): { path: string; message: string }[] {
  const exists = (ref: GatewayRef) =>
    [...known.gateways, ...alsoPresent].some(
      g => g.name === ref.name && g.namespace === ref.namespace,
    );
  return gatewayRefsOf(llmisvc).flatMap(ref =>
    exists(ref)
      ? []
      : [
          {
            path:
              ref.index === undefined
                ? 'spec.router.gateway'
                : `spec.router.gateway.refs[${ref.index}]`,
            message: `Gateway ${ref.namespace}/${ref.name} does not exist on ${known.where}; onboard the tenant with its own Gateway (or create the shared Gateway) first, or choose another Gateway`,
          },
        ],
  );
}
