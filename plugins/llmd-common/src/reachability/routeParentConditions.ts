import type { GatewayRef } from '../endpoints/gatewayRefsOf';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import { findCondition, type FoundCondition } from './findCondition';

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** Whether a parentRef names a Gateway (group and kind default to the Gateway API's; namespace to the route's). */
function namesGateway(
  parentRef: unknown,
  routeNamespace: string,
  gateway: GatewayRef,
): boolean {
  return (
    (stringAt(parentRef, 'group') ?? GATEWAY_GROUP) === GATEWAY_GROUP &&
    (stringAt(parentRef, 'kind') ?? 'Gateway') === 'Gateway' &&
    stringAt(parentRef, 'name') === gateway.name &&
    (stringAt(parentRef, 'namespace') ?? routeNamespace) === gateway.namespace
  );
}

/** How the Gateway's controller judged a route's attachment to it (`status.parents[]`). */
export interface RouteParentConditions {
  /** The route names the Gateway in `spec.parentRefs`. */
  readonly attached: boolean;
  /** Absent while no Gateway controller has reported (policy controllers' entries, without Accepted, are skipped). */
  readonly accepted?: FoundCondition;
  readonly resolvedRefs?: FoundCondition;
}

/**
 * The conditions the Gateway's controller set on a route for that Gateway, the way KServe's `IsHTTPRouteReady`
 * reads them: parent entries without `Accepted` (e.g. `kuadrant.io/policy-controller`) do not count; of several
 * entries (one per sectionName) the first not fully ready wins, so a partial rejection shows.
 */
export function routeParentConditions(
  route: KubeObjectLike,
  gateway: GatewayRef,
): RouteParentConditions {
  const namespace = route.metadata.namespace ?? '';
  const attached = objectsAt(route, 'spec', 'parentRefs').some(p =>
    namesGateway(p, namespace, gateway),
  );
  const entries = objectsAt(route, 'status', 'parents')
    .filter(p => namesGateway(p.parentRef, namespace, gateway))
    .map(p => ({
      accepted: findCondition(p, 'Accepted', ['conditions']),
      resolvedRefs: findCondition(p, 'ResolvedRefs', ['conditions']),
    }))
    .filter(e => e.accepted);
  const notReady = entries.find(
    e => e.accepted?.status !== 'True' || e.resolvedRefs?.status !== 'True',
  );
  const chosen = notReady ?? entries[0];
  return {
    attached,
    ...(chosen?.accepted && { accepted: chosen.accepted }),
    ...(chosen?.resolvedRefs && { resolvedRefs: chosen.resolvedRefs }),
  };
}
