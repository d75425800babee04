import { gatewayAdmitsRoute, ParentRef } from './gatewayAdmitsRoute';
import { conditionWriter, MetaCondition } from './metaCondition';
import { KubeObject } from './types';

/** What the Gateway implementation looks up to judge a route. */
export interface RouteStatusContext {
  gateway(namespace: string, name: string): KubeObject | undefined;
  /** The controllerName of the Gateway's class (e.g. `openshift.io/gateway-controller/v1`). */
  controllerName(gateway: KubeObject): string;
  /** The labels of a Namespace, `kubernetes.io/metadata.name` included. */
  namespaceLabels(namespace: string): Record<string, string>;
  now: string;
}

interface RouteParentStatus {
  parentRef: ParentRef;
  controllerName: string;
  conditions: MetaCondition[];
}

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** The Gateway a parentRef names (group and kind defaulted as Gateway API does), else undefined. */
export function gatewayOfParentRef(
  ref: ParentRef,
  routeNamespace: string,
): { namespace: string; name: string } | undefined {
  if ((ref.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP) return undefined;
  if ((ref.kind ?? 'Gateway') !== 'Gateway' || !ref.name) return undefined;
  return { namespace: ref.namespace ?? routeNamespace, name: ref.name };
}

/** One parent entry: `Accepted` (False `NotAllowedByListeners` when no listener admits the route) and `ResolvedRefs`. */
function parentStatus(
  route: KubeObject,
  ref: ParentRef,
  gateway: KubeObject,
  context: RouteStatusContext,
  previous: readonly RouteParentStatus[],
): RouteParentStatus {
  const namespace = route.metadata.namespace ?? '';
  const controllerName = context.controllerName(gateway);
  const parentRef = {
    group: GATEWAY_GROUP,
    kind: 'Gateway',
    namespace: gateway.metadata.namespace!,
    name: gateway.metadata.name!,
    ...pick(ref),
  };
  const before = previous.find(
    p => p.controllerName === controllerName && sameRef(p.parentRef, parentRef),
  );
  const condition = conditionWriter(
    before?.conditions,
    route.metadata.generation ?? 1,
    context.now,
  );
  const admitted = gatewayAdmitsRoute(
    gateway,
    ref,
    namespace,
    context.namespaceLabels(namespace),
  );
  return {
    parentRef,
    controllerName,
    conditions: [
      admitted
        ? condition('Accepted', true, 'Accepted', 'Route was valid')
        : condition(
            'Accepted',
            false,
            'NotAllowedByListeners',
            'No listeners included by this parent ref allowed this attachment.',
          ),
      condition(
        'ResolvedRefs',
        true,
        'ResolvedRefs',
        'All references resolved',
      ),
    ],
  };
}

/**
 * `status.parents` of an HTTPRoute as a Gateway implementation writes it: one entry per parentRef whose Gateway
 * exists (see {@link parentStatus}). Entries of other controllers (e.g. Kuadrant's policy controller) are kept.
 */
export function httpRouteStatus(
  route: KubeObject,
  context: RouteStatusContext,
): Record<string, unknown> {
  const namespace = route.metadata.namespace ?? '';
  const previous = ((route.status as any)?.parents ??
    []) as RouteParentStatus[];
  const parents: RouteParentStatus[] = [];
  for (const ref of ((route.spec as any)?.parentRefs ?? []) as ParentRef[]) {
    const target = gatewayOfParentRef(ref, namespace);
    const gateway = target && context.gateway(target.namespace, target.name);
    if (gateway) {
      parents.push(parentStatus(route, ref, gateway, context, previous));
    }
  }
  const ours = new Set(parents.map(p => p.controllerName));
  const others = previous.filter(p => !ours.has(p.controllerName));
  return { parents: [...others, ...parents] };
}

function pick(ref: ParentRef): Partial<ParentRef> {
  return {
    ...(ref.sectionName !== undefined ? { sectionName: ref.sectionName } : {}),
    ...(ref.port !== undefined ? { port: ref.port } : {}),
  };
}

function sameRef(a: ParentRef | undefined, b: ParentRef): boolean {
  return (
    a?.name === b.name &&
    a?.namespace === b.namespace &&
    a?.sectionName === b.sectionName
  );
}
