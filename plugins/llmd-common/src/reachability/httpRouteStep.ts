import type { DiagnosisStep } from '../api';
import type { KubeObjectLike } from '../kube/kubeObject';
import { AUTHPOLICY_MISSING_FIX } from './crdsStep';
import {
  type DiagnosisContext,
  modelCondition,
  objectLabel,
} from './diagnosisContext';
import { describeCondition } from './findCondition';
import { REACHABILITY_CRDS } from './reachabilityCrds';
import { routeParentConditions } from './routeParentConditions';

/** The step when the model's HTTPRoute does not exist. */
function missingRoute(context: DiagnosisContext): DiagnosisStep {
  const routesReady = modelCondition(context, 'HTTPRoutesReady');
  const names =
    context.routes.expected.join(', ') || `${context.name}-kserve-route`;
  const object = objectLabel('HTTPRoute', context.namespace, names);
  const quoted =
    routesReady?.status === 'False'
      ? `; the model reports ${describeCondition(
          'HTTPRoutesReady',
          routesReady,
        )}`
      : '';
  const preconditionFailed =
    routesReady?.reason === 'GatewayPreconditionNotMet' ||
    (context.authOn &&
      context.crd(REACHABILITY_CRDS.authPolicy).state === 'missing');
  if (preconditionFailed && !context.routes.referenced) {
    return {
      id: 'httproute',
      status: 'fail',
      object,
      message: `no HTTPRoute ${names}: auth is on and the AuthPolicy CRD is missing${quoted}`,
      fix: AUTHPOLICY_MISSING_FIX,
    };
  }
  return {
    id: 'httproute',
    status: 'fail',
    object,
    message: `no HTTPRoute ${names}${quoted}`,
    fix: context.routes.referenced
      ? `create HTTPRoute ${names} in namespace ${context.namespace}, or correct spec.router.route.http.refs`
      : `the controller has not created the model's HTTPRoute: read the model's HTTPRoutesReady condition and the KServe controller's log`,
  };
}

/** What is wrong with one route's attachment to the model's Gateways, undefined when accepted everywhere. */
function routeIssue(
  context: DiagnosisContext,
  route: KubeObjectLike,
): Omit<DiagnosisStep, 'id'> | undefined {
  const object = objectLabel(
    'HTTPRoute',
    context.namespace,
    route.metadata.name,
  );
  for (const { ref } of context.gateways) {
    const gateway = `Gateway ${ref.namespace}/${ref.name}`;
    const parent = routeParentConditions(route, ref);
    if (!parent.attached) {
      return {
        status: 'fail',
        object,
        message: `${object} does not name ${gateway} in spec.parentRefs`,
        fix: `add ${gateway} to the parentRefs of ${object}`,
      };
    }
    if (!parent.accepted) {
      return {
        status: 'fail',
        object,
        message: `${object} is not accepted yet: ${gateway}'s controller has not reported on it`,
        fix: `check that the controller of ${gateway}'s GatewayClass is running (kubectl describe httproute -n ${context.namespace} ${route.metadata.name})`,
      };
    }
    if (parent.accepted.status !== 'True') {
      const listeners = parent.accepted.reason === 'NotAllowedByListeners';
      return {
        status: 'fail',
        object,
        message: `${gateway} does not accept ${object}: ${describeCondition(
          'Accepted',
          parent.accepted,
        )}`,
        fix: listeners
          ? `${gateway}'s listeners do not admit namespace ${context.namespace}: see the namespace-admitted step`
          : `fix what the Accepted condition names (kubectl describe httproute -n ${context.namespace} ${route.metadata.name})`,
      };
    }
    if (parent.resolvedRefs?.status !== 'True') {
      return {
        status: 'fail',
        object,
        message: `${object} has unresolved references on ${gateway}: ${describeCondition(
          'ResolvedRefs',
          parent.resolvedRefs,
        )}`,
        fix: `its backends (the model's InferencePool or workload Service) must exist in namespace ${context.namespace}; a backend in another namespace needs a ReferenceGrant`,
      };
    }
  }
  return undefined;
}

/** `httproute`: the model's HTTPRoute(s) exist and every parent Gateway of ours has Accepted and ResolvedRefs True. */
export function httpRouteStep(context: DiagnosisContext): DiagnosisStep {
  if (!context.topology.route) {
    return {
      id: 'httproute',
      status: 'skip',
      message: 'the model has no spec.router.route: no HTTPRoute',
    };
  }
  if (context.routesUnreadable)
    return { id: 'httproute', status: 'unknown', ...context.routesUnreadable };
  if (context.routes.routes.length === 0) return missingRoute(context);
  const issue = context.routes.routes
    .map(r => routeIssue(context, r))
    .find(Boolean);
  if (issue) return { id: 'httproute', ...issue };
  const names = context.routes.routes.map(r => r.metadata.name);
  return {
    id: 'httproute',
    status: 'ok',
    object: objectLabel('HTTPRoute', context.namespace, names[0]),
    message: `HTTPRoute ${names.join(', ')} accepted by ${context.gateways
      .map(g => `${g.ref.namespace}/${g.ref.name}`)
      .join(', ')}`,
  };
}
