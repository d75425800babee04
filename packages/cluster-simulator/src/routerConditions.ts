import { ConditionSet } from './ConditionSet';
import { ControllerStore } from './ControllerStore';
import {
  gatewayRefsOf,
  hasGatewayRefs,
  inferencePoolNameOf,
  managedHttpRoute,
} from './managedRouterObjects';
import { poolNotReadyReason, routeNotReadyReason } from './routeReadiness';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

// The router sub-conditions of KServe's LLMInferenceService controller, pkg/controller/v1alpha1/llmisvc/
// router.go and router_validation.go@v0.16.0, each in the words KServe reports.

/** `validateRouterReferences`: referenced Gateways exist (GatewaysReady RefsInvalid), the managed route's too. */
export function validateRouterReferences(
  store: ControllerStore,
  llmisvc: KubeObject,
  conditions: ConditionSet,
): boolean {
  const missing = (refs: Array<{ namespace: string; name: string }>) =>
    refs.filter(ref => !store.get('gateway', `${ref.namespace}/${ref.name}`));
  if (hasGatewayRefs(llmisvc)) {
    const gone = missing(gatewayRefsOf(llmisvc));
    if (gone.length) {
      const text = gone
        .map(g => `Gateway ${g.namespace}/${g.name} does not exist`)
        .join('; ');
      conditions.markFalse('GatewaysReady', 'RefsInvalid', text);
      return false;
    }
  }
  const router = (llmisvc.spec as any)?.router ?? {};
  if (router.route && !router.route.http?.refs?.length) {
    const parents = ((managedHttpRoute(llmisvc, undefined).spec as any)
      .parentRefs ?? []) as Array<{
      namespace?: string;
      name: string;
    }>;
    const gone = missing(
      parents.map(p => ({
        namespace: p.namespace ?? llmisvc.metadata.namespace!,
        name: p.name,
      })),
    );
    if (gone.length) {
      const text = gone
        .map(
          g =>
            `Managed HTTPRoute references non-existent Gateway ${g.namespace}/${g.name}`,
        )
        .join('; ');
      conditions.markFalse('HTTPRoutesReady', 'RefsInvalid', text);
      return false;
    }
  }
  return true;
}

/** `EvaluateInferencePoolConditions`: the pool exists (either version) and every parent accepted it. */
export function evaluateInferencePool(
  store: ControllerStore,
  llmisvc: KubeObject,
  conditions: ConditionSet,
): void {
  if (!(llmisvc.spec as any)?.router?.scheduler) {
    conditions.markTrue('InferencePoolReady');
    return;
  }
  const key = `${llmisvc.metadata.namespace}/${inferencePoolNameOf(
    llmisvc.metadata.name!,
  )}`;
  const pool =
    store.get('inferencePool', key) ?? store.get('inferencePoolV1alpha2', key);
  if (!pool) {
    // The message of HEAD's router.go, which reads both versions.
    conditions.markFalse(
      'InferencePoolReady',
      'InferencePoolFetchError',
      `Inference Pool ${key} not found (checked v1 and v1alpha2)`,
    );
    return;
  }
  const reason = poolNotReadyReason(pool.object as KubeObject);
  if (reason)
    conditions.markFalse('InferencePoolReady', 'InferencePoolNotReady', reason);
  else conditions.markTrue('InferencePoolReady');
}

/** `EvaluateGatewayConditions`: only with Gateway refs; a Gateway is ready when `Programmed=True`. */
export function evaluateGateways(
  store: ControllerStore,
  llmisvc: KubeObject,
  conditions: ConditionSet,
): void {
  if (!hasGatewayRefs(llmisvc)) {
    conditions.clear('GatewaysReady');
    return;
  }
  const notReady = gatewayRefsOf(llmisvc)
    .map(ref => `${ref.namespace}/${ref.name}`)
    .filter(key => {
      const gateway = store.get('gateway', key)?.object;
      const programmed = ((gateway?.status as any)?.conditions ?? []).find(
        (c: any) => c.type === 'Programmed',
      );
      return programmed?.status !== 'True';
    });
  if (notReady.length) {
    conditions.markFalse(
      'GatewaysReady',
      'GatewaysNotReady',
      `The following Gateways are not ready: [${notReady.join(' ')}]`,
    );
  } else {
    conditions.markTrue('GatewaysReady');
  }
}

/** `EvaluateHTTPRouteConditions`: every parent of the route `Accepted` and `ResolvedRefs`. */
export function evaluateHttpRoute(
  route: StoredObject | undefined,
  conditions: ConditionSet,
): void {
  const reason = route && routeNotReadyReason(route.object as KubeObject);
  if (reason) {
    conditions.markFalse(
      'HTTPRoutesReady',
      'HTTPRoutesNotReady',
      `The following HTTPRoutes are not ready: [${reason}]`,
    );
  } else {
    conditions.markTrue('HTTPRoutesReady');
  }
}
