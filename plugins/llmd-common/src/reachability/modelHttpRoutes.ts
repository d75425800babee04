import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import type { ModelTopology } from './modelTopology';
import type { ReachabilitySource } from './reachabilitySource';

/** Kubernetes names are at most 63 characters; longer child names are hashed by knative's kmeta.ChildName. */
const MAX_NAME = 63;

/**
 * The HTTPRoutes of a model: those found, and the names looked for (`spec.router.route.http.refs`, else the
 * controller's `<name>-kserve-route`, as `expectedHTTPRoute` in KServe's router.go names it).
 */
export interface ModelHttpRoutes {
  readonly routes: readonly KubeObjectLike[];
  readonly expected: readonly string[];
  /** The routes are the model's own (`refs`), not the controller's. */
  readonly referenced: boolean;
}

/** Whether a route belongs to the model: owned by it, or labelled as its router by the controller. */
function belongsTo(route: KubeObjectLike, model: string): boolean {
  const owned = objectsAt(route, 'metadata', 'ownerReferences').some(
    o => o.kind === 'LLMInferenceService' && o.name === model,
  );
  const labels = route.metadata.labels ?? {};
  return (
    owned ||
    (labels['app.kubernetes.io/name'] === model &&
      labels['app.kubernetes.io/component'] === 'llminferenceservice-router')
  );
}

/**
 * The model's HTTPRoutes, by name first (the refs, the names in `status.router.gateways[].httpRoutes`, the
 * controller's `<name>-kserve-route`); only when none is found by name are the namespace's routes scanned for one the
 * model owns (a hashed name), so a healthy model costs a few lookups.
 */
export function modelHttpRoutes(
  model: KubeObjectLike,
  topology: ModelTopology,
  source: ReachabilitySource,
): ModelHttpRoutes {
  const namespace = model.metadata.namespace ?? '';
  const name = model.metadata.name;
  const get = (n: string) => source.get('HTTPRoute', namespace, n) ?? [];
  if (topology.routeRefs.length > 0) {
    return {
      routes: topology.routeRefs.flatMap(get),
      expected: topology.routeRefs,
      referenced: true,
    };
  }
  const managed = `${name}-kserve-route`;
  const listed = objectsAt(model, 'status', 'router', 'gateways')
    .flatMap(g => objectsAt(g, 'httpRoutes'))
    .filter(r => (stringAt(r, 'namespace') ?? namespace) === namespace)
    .flatMap(r => stringAt(r, 'name') ?? []);
  const names = [
    ...new Set([...(managed.length <= MAX_NAME ? [managed] : []), ...listed]),
  ];
  const byName = names.flatMap(get);
  const routes =
    byName.length > 0
      ? byName
      : source.list('HTTPRoute', namespace).filter(r => belongsTo(r, name));
  return {
    routes,
    expected: managed.length <= MAX_NAME ? [managed] : names,
    referenced: false,
  };
}
