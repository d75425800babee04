import { type GatewayRef, gatewayRefsOf } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';

/**
 * The distinct Gateways a model routes through ({@link gatewayRefsOf} without listener names and duplicates): what
 * its catalog entity depends on.
 *
 * @param defaultGateway - the controller's default Gateway; OpenShift AI's shared inference Gateway when absent
 */
export function modelGatewayRefs(
  llmisvc: KubeObjectLike,
  defaultGateway?: GatewayRef,
): GatewayRef[] {
  const seen = new Set<string>();
  return gatewayRefsOf(llmisvc, defaultGateway).flatMap(
    ({ namespace, name }) => {
      const key = `${namespace}/${name}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ namespace, name }];
    },
  );
}
