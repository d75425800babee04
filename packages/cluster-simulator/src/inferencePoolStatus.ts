import { conditionWriter, MetaCondition } from './metaCondition';
import { KubeObject } from './types';

/** The group of the GA InferencePool (GIE ≥ v1.0.0); the legacy one is `inference.networking.x-k8s.io`. */
export const INFERENCE_POOL_V1_GROUP = 'inference.networking.k8s.io';

interface PoolParent {
  parentRef: { group: string; kind: string; namespace: string; name: string };
  controllerName?: string;
  conditions: MetaCondition[];
}

interface RouteParent {
  parentRef?: { name?: string; namespace?: string };
  controllerName?: string;
  conditions?: Array<{ type?: string; status?: string }>;
}

/** Whether a route sends traffic to the pool through an InferencePool backendRef of the pool's group. */
function routesTo(route: KubeObject, pool: KubeObject, group: string): boolean {
  const rules = ((route.spec as any)?.rules ?? []) as Array<{
    backendRefs?: Array<{ group?: string; kind?: string; name?: string }>;
  }>;
  return rules.some(rule =>
    rule.backendRefs?.some(
      b =>
        b.kind === 'InferencePool' &&
        b.group === group &&
        b.name === pool.metadata.name,
    ),
  );
}

/** A Gateway that routes to the pool, and whether it accepted any of those routes. */
interface PoolGateway {
  ref: PoolParent['parentRef'];
  accepted: boolean;
  controllerName?: string;
}

/** The Gateways (by key) whose HTTPRoutes send traffic to the pool, from the routes' parent status. */
function gatewaysRoutingTo(
  pool: KubeObject,
  routes: readonly KubeObject[],
  group: string,
): Map<string, PoolGateway> {
  const byGateway = new Map<string, PoolGateway>();
  for (const route of routes.filter(r => routesTo(r, pool, group))) {
    const parents = ((route.status as any)?.parents ?? []) as RouteParent[];
    for (const parent of parents) {
      const name = parent.parentRef?.name;
      if (!name || parent.controllerName?.includes('kuadrant')) continue;
      const namespace =
        parent.parentRef?.namespace ?? route.metadata.namespace ?? '';
      const key = `${namespace}/${name}`;
      const accepted = !!parent.conditions?.some(
        c => c.type === 'Accepted' && c.status === 'True',
      );
      byGateway.set(key, {
        ref: {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          namespace,
          name,
        },
        accepted: accepted || !!byGateway.get(key)?.accepted,
        controllerName: parent.controllerName,
      });
    }
  }
  return byGateway;
}

/**
 * The status a Gateway implementation writes on an InferencePool: one parent per Gateway whose HTTPRoutes send
 * traffic to the pool, `Accepted` True when the Gateway accepted such a route, else False `HTTPRouteNotAccepted`
 * (GIE v1.0.0 api/v1/inferencepool_types.go reasons). v1 writes `status.parents` with controllerName; the
 * legacy v1alpha2 `status.parent` (GIE v0.3). No route, no parents: KServe then reports the pool not ready.
 */
export function inferencePoolStatus(
  pool: KubeObject,
  routes: readonly KubeObject[],
  now: string,
): Record<string, unknown> {
  const group = pool.apiVersion.split('/')[0];
  const v1 = group === INFERENCE_POOL_V1_GROUP;
  const field = v1 ? 'parents' : 'parent';
  const previous = ((pool.status as any)?.[field] ?? []) as PoolParent[];
  const generation = pool.metadata.generation ?? 1;
  const parents = [...gatewaysRoutingTo(pool, routes, group).values()].map(
    ({ ref, accepted, controllerName }): PoolParent => {
      const before = previous.find(
        p =>
          p.parentRef?.name === ref.name &&
          p.parentRef?.namespace === ref.namespace,
      );
      const condition = conditionWriter(before?.conditions, generation, now);
      return {
        parentRef: ref,
        ...(v1 && controllerName ? { controllerName } : {}),
        conditions: [
          accepted
            ? condition(
                'Accepted',
                true,
                'Accepted',
                'InferencePool has been accepted by the Gateway',
              )
            : condition(
                'Accepted',
                false,
                'HTTPRouteNotAccepted',
                'The HTTPRoute referencing this InferencePool was not accepted by the Gateway',
              ),
          condition(
            'ResolvedRefs',
            true,
            'ResolvedRefs',
            'All references resolved',
          ),
        ],
      };
    },
  );
  return parents.length ? { [field]: parents } : {};
}
