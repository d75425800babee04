import type { GatewayRef } from '../endpoints/deriveModelEndpoints';
import {
  type KubeObjectLike,
  objectsAt,
  stringAt,
  valueAt,
} from '../models/kubeObject';
import { DEFAULT_SHARED_GATEWAY } from '../render/platformGatewayDefaults';

/**
 * The Gateways a model routes through, as the controller reads them: `spec.router.gateway.refs` (namespace defaulting
 * to the model's), or the controller's default Gateway for `gateway: {}`; none without `spec.router.gateway`.
 * Duplicates are dropped.
 *
 * @param defaultGateway - the controller's default Gateway; OpenShift AI's shared inference Gateway when absent
 */
export function modelGatewayRefs(
  llmisvc: KubeObjectLike,
  defaultGateway: GatewayRef = DEFAULT_SHARED_GATEWAY,
): GatewayRef[] {
  if (valueAt(llmisvc, 'spec', 'router', 'gateway') === undefined) return [];
  const refs = objectsAt(llmisvc, 'spec', 'router', 'gateway', 'refs');
  if (refs.length === 0) {
    return [{ namespace: defaultGateway.namespace, name: defaultGateway.name }];
  }
  const seen = new Set<string>();
  return refs.flatMap(ref => {
    const name = stringAt(ref, 'name');
    if (!name) return [];
    const namespace =
      stringAt(ref, 'namespace') ?? llmisvc.metadata.namespace ?? '';
    const key = `${namespace}/${name}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ namespace, name }];
  });
}
