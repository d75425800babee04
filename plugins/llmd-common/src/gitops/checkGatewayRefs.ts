import { modelGatewayRefs } from '../catalog/modelGatewayRefs';
import type { GatewayRef } from '../endpoints/deriveModelEndpoints';
import type { KubeObjectLike } from '../models/kubeObject';

/** Where Gateways can come from for {@link checkGatewayRefs}. */
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
  const explicit = Array.isArray(
    (llmisvc as { spec?: { router?: { gateway?: { refs?: unknown } } } }).spec
      ?.router?.gateway?.refs,
  );
  return modelGatewayRefs(llmisvc).flatMap((ref, index) =>
    exists(ref)
      ? []
      : [
          {
            path: explicit
              ? `spec.router.gateway.refs[${index}]`
              : 'spec.router.gateway',
            message: `Gateway ${ref.namespace}/${ref.name} does not exist on ${known.where}; onboard the tenant with its own Gateway (or create the shared Gateway) first, or choose another Gateway`,
          },
        ],
  );
}
