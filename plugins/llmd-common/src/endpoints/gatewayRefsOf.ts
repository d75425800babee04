import { isPlainObject } from '../kube/isPlainObject';
import { type KubeObjectLike, stringAt, valueAt } from '../kube/kubeObject';
import { DEFAULT_SHARED_GATEWAY } from '../render/platformGatewayDefaults';

/**
 * A Gateway by namespace and name.
 *
 * @public
 */
export interface GatewayRef {
  readonly namespace: string;
  readonly name: string;
}

/**
 * One Gateway a model attaches to, as the controller reads it.
 *
 * @public
 */
export interface ModelGatewayRef extends GatewayRef {
  /** The listener the route attaches to, when the ref names one. */
  readonly sectionName?: string;
  /** Position in `spec.router.gateway.refs`; absent for the controller's default Gateway (`gateway: {}`). */
  readonly index?: number;
}

/**
 * The Gateways a model attaches to, in order: each entry of `spec.router.gateway.refs` that names one (namespace
 * defaulting to the model's), or the controller's default Gateway for `gateway: {}`; none without
 * `spec.router.gateway`. Duplicates are kept, so every ref keeps its position.
 *
 * @param defaultGateway - the controller's default Gateway; OpenShift AI's shared inference Gateway when absent
 *
 * @public
 */
export function gatewayRefsOf(
  llmisvc: KubeObjectLike,
  defaultGateway: GatewayRef = DEFAULT_SHARED_GATEWAY,
): ModelGatewayRef[] {
  if (valueAt(llmisvc, 'spec', 'router', 'gateway') === undefined) return [];
  const refs = valueAt(llmisvc, 'spec', 'router', 'gateway', 'refs');
  if (!Array.isArray(refs) || refs.length === 0) {
    return [{ namespace: defaultGateway.namespace, name: defaultGateway.name }];
  }
  return refs.flatMap((ref, index) => {
    const name = isPlainObject(ref) ? stringAt(ref, 'name') : undefined;
    if (!name) return [];
    const sectionName = stringAt(ref, 'sectionName');
    return [
      {
        name,
        namespace:
          stringAt(ref, 'namespace') ?? llmisvc.metadata.namespace ?? '',
        ...(sectionName && { sectionName }),
        index,
      },
    ];
  });
}
