import { MetaCondition, metaCondition } from './metaCondition';
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
  const previous = ((pool.status as any)?.[v1 ? 'parents' : 'parent'] ??
    []) as PoolParent[];
  const generation = pool.metadata.generation ?? 1;
  const byGateway = new Map<
    string,
    { ref: PoolParent['parentRef']; accepted: boolean; controllerName?: string }
  >();
  for (const route of routes.filter(r => routesTo(r, pool, group))) {
    for (const parent of ((route.status as any)?.parents ??
      []) as RouteParent[]) {
      if (
        !parent.parentRef?.name ||
        parent.controllerName?.includes('kuadrant')
      )
        continue;
      const ref = {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: parent.parentRef.namespace ?? route.metadata.namespace ?? '',
        name: parent.parentRef.name,
      };
      const key = `${ref.namespace}/${ref.name}`;
      const accepted = !!parent.conditions?.some(
        c => c.type === 'Accepted' && c.status === 'True',
      );
      const known = byGateway.get(key);
      byGateway.set(key, {
        ref,
        accepted: accepted || !!known?.accepted,
        controllerName: parent.controllerName,
      });
    }
  }
  const parents = [...byGateway.values()].map(
    ({ ref, accepted, controllerName }): PoolParent => {
      const before = previous.find(
        p =>
          p.parentRef?.name === ref.name &&
          p.parentRef?.namespace === ref.namespace,
      );
      const condition = (
        type: string,
        ok: boolean,
        reason: string,
        message: string,
      ) =>
        metaCondition(
          before?.conditions,
          {
            type,
            status: ok ? 'True' : 'False',
            reason,
            message,
            observedGeneration: generation,
          },
          now,
        );
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
  return parents.length ? { [v1 ? 'parents' : 'parent']: parents } : {};
}
