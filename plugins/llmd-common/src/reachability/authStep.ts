import type { DiagnosisStep } from '../api';
import { isPlainObject } from '../kube/isPlainObject';
import { type KubeObjectLike, stringAt, valueAt } from '../kube/kubeObject';
import { ENABLE_AUTH_ANNOTATION } from '../models/modelMetadata';
import { AUTHPOLICY_MISSING_FIX } from './crdsStep';
import { type DiagnosisContext, objectLabel } from './diagnosisContext';
import { describeCondition, findCondition } from './findCondition';
import { kindUnreadable } from './kindReadability';
import { REACHABILITY_CRDS } from './reachabilityCrds';

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** Whether an AuthPolicy lets anyone in (odh-model-controller's `authpolicy_anonymous` template for auth-off models). */
function isAnonymous(policy: KubeObjectLike): boolean {
  const authentication = valueAt(policy, 'spec', 'rules', 'authentication');
  return (
    isPlainObject(authentication) &&
    Object.values(authentication).some(
      rule => valueAt(rule, 'anonymous') !== undefined,
    )
  );
}

function targets(policy: KubeObjectLike, kind: string, name: string): boolean {
  return (
    stringAt(policy, 'spec', 'targetRef', 'group') === GATEWAY_GROUP &&
    stringAt(policy, 'spec', 'targetRef', 'kind') === kind &&
    stringAt(policy, 'spec', 'targetRef', 'name') === name
  );
}

interface TargetingPolicy {
  readonly policy: KubeObjectLike;
  /** `AuthPolicy namespace/name`. */
  readonly label: string;
  /** What it targets, `HTTPRoute ns/name` or `Gateway ns/name`. */
  readonly on: string;
}

/** The AuthPolicies targeting the model's HTTPRoutes (its namespace) or its Gateways (theirs): narrow lists. */
function policiesOf(context: DiagnosisContext): TargetingPolicy[] {
  const { source } = context;
  const inModelNamespace = source.list('AuthPolicy', context.namespace);
  const targetsOf = [
    ...context.routes.routes.map(r => ({
      kind: 'HTTPRoute',
      namespace: context.namespace,
      name: r.metadata.name,
      policies: inModelNamespace,
    })),
    ...context.gateways.map(({ ref }) => ({
      kind: 'Gateway',
      ...ref,
      policies: source.list('AuthPolicy', ref.namespace),
    })),
  ];
  return targetsOf.flatMap(t =>
    t.policies
      .filter(p => targets(p, t.kind, t.name))
      .map(policy => ({
        policy,
        label: objectLabel(
          'AuthPolicy',
          policy.metadata.namespace ?? '',
          policy.metadata.name,
        ),
        on: objectLabel(t.kind, t.namespace, t.name),
      })),
  );
}

/** The step when AuthPolicies cannot be judged (CRD missing or unreadable), undefined when they can. */
function authPolicyPrerequisite(
  context: DiagnosisContext,
): DiagnosisStep | undefined {
  const crd = context.crd(REACHABILITY_CRDS.authPolicy);
  if (crd.state === 'missing') {
    return {
      id: 'auth',
      status: 'fail',
      message: 'auth is on, but the Kuadrant AuthPolicy CRD is not installed',
      fix: AUTHPOLICY_MISSING_FIX,
    };
  }
  const unreadable =
    crd.state === 'unknown'
      ? crd
      : kindUnreadable(context.source, 'AuthPolicy');
  return (
    unreadable && {
      id: 'auth',
      status: 'unknown',
      message: unreadable.message,
      ...(unreadable.fix && { fix: unreadable.fix }),
    }
  );
}

/** `auth`, auth on: the AuthPolicy CRD is installed and a token-checking AuthPolicy targets the route or Gateway. */
function authOnStep(context: DiagnosisContext): DiagnosisStep {
  const prerequisite = authPolicyPrerequisite(context);
  if (prerequisite) return prerequisite;
  const policies = policiesOf(context);
  const open = policies.find(
    p => p.on.startsWith('HTTPRoute') && isAnonymous(p.policy),
  );
  if (open) {
    return {
      id: 'auth',
      status: 'fail',
      object: open.label,
      message: `auth is on, but ${open.label} on ${open.on} lets anonymous requests in: the model is open`,
      fix: `delete ${open.label} (odh-model-controller creates it only for models with ${ENABLE_AUTH_ANNOTATION}: "false")`,
    };
  }
  const checking = policies.find(p => !isAnonymous(p.policy));
  if (!checking) {
    return {
      id: 'auth',
      status: 'warn',
      message:
        "auth is on, but no AuthPolicy targets the model's HTTPRoute or Gateway: tokens are not checked",
      fix: "check that odh-model-controller runs and that a Kuadrant CR exists (kubectl get kuadrant -A): it creates the Gateway's AuthPolicy",
    };
  }
  const enforced = findCondition(checking.policy, 'Enforced');
  if (enforced && enforced.status !== 'True') {
    return {
      id: 'auth',
      status: 'warn',
      object: checking.label,
      message: `${checking.label} on ${
        checking.on
      } is not enforced: ${describeCondition('Enforced', enforced)}`,
      fix: `check the Kuadrant operator and Authorino (kubectl describe authpolicy -n ${checking.policy.metadata.namespace} ${checking.policy.metadata.name})`,
    };
  }
  return {
    id: 'auth',
    status: 'ok',
    object: checking.label,
    message: `auth on: ${checking.label} on ${checking.on} checks tokens`,
  };
}

/**
 * `auth`, auth off: ok, open by intent — unless the Gateway's AuthPolicy checks tokens and no anonymous AuthPolicy
 * on the route overrides it (odh-model-controller creates that one for auth-off models): then clients get 401.
 */
function authOffStep(context: DiagnosisContext): DiagnosisStep {
  const open = `auth off (${ENABLE_AUTH_ANNOTATION}: "false"): anyone who reaches the Gateway can call the model`;
  const readable =
    context.crd(REACHABILITY_CRDS.authPolicy).state === 'installed' &&
    !kindUnreadable(context.source, 'AuthPolicy');
  const policies = readable ? policiesOf(context) : [];
  const gatewayPolicy = policies.find(
    p => p.on.startsWith('Gateway') && !isAnonymous(p.policy),
  );
  const routeOverride = policies.some(
    p => p.on.startsWith('HTTPRoute') && isAnonymous(p.policy),
  );
  if (!gatewayPolicy || routeOverride)
    return { id: 'auth', status: 'ok', message: open };
  return {
    id: 'auth',
    status: 'warn',
    object: gatewayPolicy.label,
    message: `auth is off, but ${gatewayPolicy.label} on ${gatewayPolicy.on} checks tokens and no anonymous AuthPolicy on the model's HTTPRoute overrides it: clients without a token get 401`,
    fix: `check that odh-model-controller runs: it creates the anonymous AuthPolicy ${context.name}-kserve-route-authn for models with auth off; or send a token`,
  };
}

/** `auth`: what the annotation asks for, and whether the AuthPolicy side delivers it. */
export function authStep(context: DiagnosisContext): DiagnosisStep {
  if (!context.topology.route) {
    return {
      id: 'auth',
      status: 'skip',
      message: "no route: the Gateway's AuthPolicy does not apply",
    };
  }
  return context.authOn ? authOnStep(context) : authOffStep(context);
}
