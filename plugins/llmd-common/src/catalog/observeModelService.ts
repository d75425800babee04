import type { ModelEndpoint } from '../api';
import {
  deriveModelEndpoints,
  type GatewayRef,
} from '../endpoints/deriveModelEndpoints';
import type { KubeObjectLike } from '../kube/kubeObject';
import {
  resolveModelEppConfig,
  type ResolveModelEppConfigOptions,
} from '../models/resolveModelEppConfig';
import type { ModelRoutingPreset } from '../render/model/modelRoutingInput';
import { detectRoutingPreset } from './detectRoutingPreset';
import { modelGatewayRefs } from './modelGatewayRefs';

/**
 * What the catalog needs to know about one LLMInferenceService on one cluster.
 *
 * @public
 */
export interface ModelServiceObservation {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  /** Most authoritative first (see `deriveModelEndpoints`). */
  readonly endpoints: readonly ModelEndpoint[];
  /** The Gateways the model routes through that exist on the cluster (a missing one would be a dangling relation). */
  readonly gateways: readonly GatewayRef[];
  /** Undefined when the EPP config could not be read. */
  readonly routingPreset?: ModelRoutingPreset;
}

/**
 * Input of {@link observeModelService}: the model and what its cluster's cache holds around it.
 *
 * @public
 */
export interface ObserveModelServiceInput extends ResolveModelEppConfigOptions {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  /** The Gateways of the cluster. */
  readonly gateways: readonly KubeObjectLike[];
  /** The controller's default Gateway (for `gateway: {}`); OpenShift AI's shared one when absent. */
  readonly defaultGateway?: GatewayRef;
}

/**
 * Derives endpoints, attached Gateways and the routing preset of one LLMInferenceService on one cluster.
 *
 * @public
 */
export function observeModelService(
  input: ObserveModelServiceInput,
): ModelServiceObservation {
  const llmisvc = input.llmInferenceService;
  const present = (ref: GatewayRef) =>
    input.gateways.some(
      g =>
        g.metadata.name === ref.name && g.metadata.namespace === ref.namespace,
    );
  const routingPreset = detectRoutingPreset(
    resolveModelEppConfig(llmisvc, input),
  );
  return {
    cluster: input.cluster,
    llmInferenceService: llmisvc,
    endpoints: deriveModelEndpoints(llmisvc, input),
    gateways: modelGatewayRefs(llmisvc, input.defaultGateway).filter(present),
    ...(routingPreset && { routingPreset }),
  };
}
