import type { ReachabilityKind } from '@llmd/plugin-llmd-common';

const CLUSTER_SCOPED: ReadonlySet<ReachabilityKind> = new Set([
  'GatewayClass',
  'Namespace',
  'CustomResourceDefinition',
]);

/** Whether objects of the kind have no namespace (they are stored and looked up under ''). */
export function isClusterScopedKind(kind: ReachabilityKind): boolean {
  return CLUSTER_SCOPED.has(kind);
}
