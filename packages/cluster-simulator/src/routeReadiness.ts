import { KubeObject } from './types';

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

/**
 * Why an HTTPRoute is not ready in KServe's eyes, undefined when it is (router_discovery.go@v0.16.0
 * `IsHTTPRouteReady`): every parentRef needs a parent status (policy controllers' entries skipped) whose
 * `Accepted` and `ResolvedRefs` are True. The text is what `HTTPRoutesNotReady` embeds per route.
 */
export function routeNotReadyReason(route: KubeObject): string | undefined {
  const id = `${route.metadata.namespace}/${route.metadata.name}`;
  const parentRefs = ((route.spec as any)?.parentRefs ?? []) as unknown[];
  const parents = (
    ((route.status as any)?.parents ?? []) as Array<{
      controllerName?: string;
      conditions?: Condition[];
    }>
  ).filter(p => !p.controllerName?.includes('kuadrant'));
  if (!parentRefs.length || parents.length < parentRefs.length) {
    return `${id}: ${JSON.stringify(route.status ?? {})}`;
  }
  for (const parent of parents) {
    for (const type of ['Accepted', 'ResolvedRefs']) {
      const condition = parent.conditions?.find(c => c.type === type);
      if (!condition) return `${id}: ${JSON.stringify(route.status ?? {})}`;
      if (condition.status !== 'True') {
        return `${id}: "${condition.status}" (reason "${
          condition.reason ?? ''
        }", message "${condition.message ?? ''}")`;
      }
    }
  }
  return undefined;
}

/**
 * Why an InferencePool is not ready, undefined when it is (`IsInferencePoolReady`, router_discovery.go@v0.16.0):
 * it needs parents, each with `Accepted=True`. Reads `status.parents` (v1) and `status.parent` (v1alpha2).
 */
export function poolNotReadyReason(pool: KubeObject): string | undefined {
  const id = `${pool.metadata.namespace}/${pool.metadata.name}`;
  const status = (pool.status ?? {}) as { parents?: any[]; parent?: any[] };
  const parents = (status.parents ?? status.parent ?? []) as Array<{
    conditions?: Condition[];
  }>;
  if (!parents.length) return `The inference pool ${id} is not ready`;
  for (const parent of parents) {
    const accepted = parent.conditions?.find(c => c.type === 'Accepted');
    if (!accepted) return `The inference pool ${id} is not ready`;
    if (accepted.status !== 'True') {
      return `${id}: Accepted="${accepted.status}" (reason "${
        accepted.reason ?? ''
      }", message "${accepted.message ?? ''}")`;
    }
  }
  return undefined;
}
