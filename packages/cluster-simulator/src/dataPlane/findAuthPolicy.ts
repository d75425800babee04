import { KubeObject } from '../types';
import { GatewayRef } from './attachedRoutes';
import { DATA_PLANE_KINDS, StoreReader } from './StoreReader';

interface TargetRef {
  group?: string;
  kind?: string;
  name?: string;
}

function targets(policy: KubeObject, kind: string, name: string): boolean {
  const spec = (policy.spec ?? {}) as {
    targetRef?: TargetRef;
    targetRefs?: TargetRef[];
  };
  return [spec.targetRef, ...(spec.targetRefs ?? [])].some(
    ref =>
      ref?.group === 'gateway.networking.k8s.io' &&
      ref.kind === kind &&
      ref.name === name,
  );
}

/**
 * The Kuadrant AuthPolicy (kuadrant.io/v1) that protects a route: one in the route's namespace targeting it (what
 * the OpenShift AI controller creates per model), else one in the Gateway's namespace targeting the Gateway.
 * Undefined when none does, or when the AuthPolicy CRD is not installed.
 */
export function findAuthPolicy(
  reader: StoreReader,
  route: KubeObject,
  gateway: GatewayRef,
): KubeObject | undefined {
  const namespace = route.metadata.namespace ?? '';
  return (
    reader
      .list(DATA_PLANE_KINDS.authPolicy, namespace)
      .find(p => targets(p, 'HTTPRoute', route.metadata.name ?? '')) ??
    reader
      .list(DATA_PLANE_KINDS.authPolicy, gateway.namespace)
      .find(p => targets(p, 'Gateway', gateway.name))
  );
}
