import type { KubeObjectLike } from '../../kube/kubeObject';
import type {
  KindAccess,
  ReachabilityKind,
  ReachabilitySource,
} from '../reachabilitySource';

/** The reachability kind of an object: its kind, InferencePools told apart by API group. */
function kindOf(object: KubeObjectLike): ReachabilityKind {
  if (
    object.kind === 'InferencePool' &&
    object.apiVersion?.startsWith('inference.networking.x-k8s.io/')
  ) {
    return 'InferencePoolV1alpha2';
  }
  return object.kind as ReachabilityKind;
}

const CLUSTER_SCOPED = new Set<ReachabilityKind>([
  'GatewayClass',
  'Namespace',
  'CustomResourceDefinition',
]);

/**
 * A ReachabilitySource over objects in memory, for tests: every kind is readable (`ok`) unless `access` says
 * otherwise; a kind that is not `ok` lists nothing, as the cache would.
 */
export function memoryReachabilitySource(
  objects: readonly KubeObjectLike[],
  access: Partial<Record<ReachabilityKind, KindAccess>> = {},
): ReachabilitySource {
  const byKind = new Map<ReachabilityKind, KubeObjectLike[]>();
  for (const object of objects) {
    const kind = kindOf(object);
    byKind.set(kind, [...(byKind.get(kind) ?? []), object]);
  }
  const accessOf = (kind: ReachabilityKind): KindAccess =>
    access[kind] ?? { state: 'ok' };
  const readable = (kind: ReachabilityKind) =>
    accessOf(kind).state === 'ok' ? byKind.get(kind) ?? [] : [];
  return {
    access: accessOf,
    list: (kind, namespace) =>
      readable(kind).filter(
        o => namespace === undefined || o.metadata.namespace === namespace,
      ),
    get: (kind, namespace, name) =>
      readable(kind).find(
        o =>
          o.metadata.name === name &&
          (CLUSTER_SCOPED.has(kind) || o.metadata.namespace === namespace),
      ),
  };
}
