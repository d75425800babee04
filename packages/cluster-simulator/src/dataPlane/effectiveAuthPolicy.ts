import { KubeObject } from '../types';
import { GatewayRef } from './attachedRoutes';
import { DATA_PLANE_KINDS, StoreReader } from './StoreReader';

interface TargetRef {
  group?: string;
  kind?: string;
  name?: string;
}

/** The parts of a Kuadrant AuthPolicy's rules the data plane evaluates. */
export interface AuthRules {
  authentication?: Record<
    string,
    {
      anonymous?: unknown;
      kubernetesTokenReview?: { audiences?: string[] };
    }
  >;
  authorization?: Record<string, { kubernetesSubjectAccessReview?: unknown }>;
}

interface AuthPolicySpec {
  targetRef?: TargetRef;
  targetRefs?: TargetRef[];
  rules?: AuthRules;
  defaults?: { rules?: AuthRules };
  overrides?: { rules?: AuthRules };
}

function specOf(policy: KubeObject): AuthPolicySpec {
  return (policy.spec ?? {}) as AuthPolicySpec;
}

function targets(policy: KubeObject, kind: string, name: string): boolean {
  const spec = specOf(policy);
  return [spec.targetRef, ...(spec.targetRefs ?? [])].some(
    ref =>
      ref?.group === 'gateway.networking.k8s.io' &&
      ref.kind === kind &&
      ref.name === name,
  );
}

/** A policy's rules, whether written plainly or as `defaults` / `overrides`. */
function rulesOf(policy: KubeObject): AuthRules {
  const spec = specOf(policy);
  return spec.overrides?.rules ?? spec.rules ?? spec.defaults?.rules ?? {};
}

/**
 * The rules of the Kuadrant AuthPolicy (kuadrant.io/v1) that applies to a route: one in the route's namespace
 * targeting the route overrides the one on its Gateway (OpenShift AI puts the token check on the Gateway and an
 * anonymous policy on the route of each model with auth off), unless the Gateway's policy uses `overrides`.
 * Undefined when none applies, or when the AuthPolicy CRD is not installed.
 */
export function effectiveAuthPolicy(
  reader: StoreReader,
  route: KubeObject,
  gateway: GatewayRef,
): AuthRules | undefined {
  const onRoute = reader
    .list(DATA_PLANE_KINDS.authPolicy, route.metadata.namespace ?? '')
    .find(p => targets(p, 'HTTPRoute', route.metadata.name ?? ''));
  const onGateway = reader
    .list(DATA_PLANE_KINDS.authPolicy, gateway.namespace)
    .find(p => targets(p, 'Gateway', gateway.name));
  const policy =
    onGateway && specOf(onGateway).overrides ? onGateway : onRoute ?? onGateway;
  return policy ? rulesOf(policy) : undefined;
}
