import { KubeObject } from '../types';

/** A Gateway by namespace and name. */
export interface GatewayRef {
  namespace: string;
  name: string;
}

interface ParentRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

/** Whether a route's parentRef names the Gateway (group, kind and namespace defaulted as Gateway API does). */
function namesGateway(
  ref: ParentRef | undefined,
  routeNamespace: string,
  gateway: GatewayRef,
): boolean {
  return (
    !!ref &&
    (ref.group ?? 'gateway.networking.k8s.io') ===
      'gateway.networking.k8s.io' &&
    (ref.kind ?? 'Gateway') === 'Gateway' &&
    (ref.namespace ?? routeNamespace) === gateway.namespace &&
    ref.name === gateway.name
  );
}

/**
 * The HTTPRoutes a Gateway serves: those whose `spec.parentRefs` name it and whose `status.parents` entry for it
 * says `Accepted=True`, as the Gateway implementation wrote it. A route its Gateway has not accepted (namespace
 * not admitted, no matching listener) gets no traffic, as with Envoy.
 */
export function attachedRoutes(
  routes: readonly KubeObject[],
  gateway: GatewayRef,
): KubeObject[] {
  return routes.filter(route => {
    const namespace = route.metadata.namespace ?? '';
    const spec = (route.spec ?? {}) as { parentRefs?: ParentRef[] };
    if (!spec.parentRefs?.some(ref => namesGateway(ref, namespace, gateway))) {
      return false;
    }
    const parents = ((route.status as any)?.parents ?? []) as Array<{
      parentRef?: ParentRef;
      conditions?: Array<{ type?: string; status?: string }>;
    }>;
    return parents.some(
      parent =>
        namesGateway(parent.parentRef, namespace, gateway) &&
        parent.conditions?.some(
          c => c.type === 'Accepted' && c.status === 'True',
        ),
    );
  });
}
