import { ConditionSet, KnativeCondition } from './ConditionSet';
import { ControllerStore } from './ControllerStore';
import { INFERENCE_POOL_V1_GROUP } from './inferencePoolStatus';
import { GatewayEndpoint, routingStatus } from './llmisvcStatus';
import {
  httpRouteNameOf,
  inferencePoolNameOf,
  managedHttpRoute,
  managedInferencePool,
} from './managedRouterObjects';
import {
  anonymousRouteAuthPolicy,
  authEnabled,
  authPolicyNameOf,
} from './odhAuthPolicies';
import {
  evaluateGateways,
  evaluateHttpRoute,
  evaluateInferencePool,
  validateRouterReferences,
} from './routerConditions';
import { SIMULATION_ANNOTATIONS } from './simulationAnnotations';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';
import { markScheduler, markWorkloads } from './workloadConditions';

/** The OpenShift AI build's auth precondition (router_preconditions_odh.go, opendatahub-io/kserve). */
const PRECONDITION_MESSAGE =
  'AuthPolicy CRD is not available, please install Red Hat Connectivity Link: precondition not met';
const ROUTER_SUBCONDITIONS = [
  'GatewaysReady',
  'HTTPRoutesReady',
  'InferencePoolReady',
  'SchedulerWorkloadReady',
];

/** What the LLMInferenceService reconciler needs besides the store. */
export interface LlmisvcReconcilerParts {
  store: ControllerStore;
  /** Where a Gateway receives traffic; undefined when it has no address. */
  endpointOf(gateway: StoredObject): GatewayEndpoint | undefined;
  /** Lets the Gateway implementation write the status of a route or pool right away (no flapping). */
  syncRoute(key: string): void;
  syncPool(key: string): void;
}

/** One reconcile's working state. */
interface Pass {
  llmisvc: KubeObject;
  key: string;
  conditions: ConditionSet;
  status: Record<string, unknown>;
}

/**
 * The KServe LLMInferenceService controller of OpenShift AI, in the order of `reconcileRouter`
 * (pkg/controller/v1alpha1/llmisvc/router.go@v0.16.0, with HEAD's ODH auth precondition first): it owns the
 * model's HTTPRoute and InferencePool (and odh-model-controller's anonymous AuthPolicy for auth-off models) and
 * reports the conditions KServe does, stopping early where KServe does (conditions it skips keep their value).
 */
export class LlmisvcReconciler {
  constructor(private readonly parts: LlmisvcReconcilerParts) {}

  reconcile(stored: StoredObject, started: boolean, now: string): void {
    const llmisvc = stored.object as KubeObject;
    const previous = (llmisvc.status ?? {}) as Record<string, unknown>;
    const pass: Pass = {
      llmisvc,
      key: `${stored.namespace}/${stored.name}`,
      conditions: new ConditionSet(
        (previous.conditions ?? []) as KnativeCondition[],
        now,
      ),
      status: { observedGeneration: llmisvc.metadata.generation ?? 1 },
    };
    for (const kept of ['url', 'addresses', 'router']) {
      if (previous[kept] !== undefined) pass.status[kept] = previous[kept];
    }
    pass.conditions.markTrue('PresetsCombined');
    const workloads = markWorkloads(llmisvc, pass.conditions, started);
    const scheduler = this.reconcileRouter(pass);
    pass.conditions.rollUp('RouterReady', ROUTER_SUBCONDITIONS);
    pass.conditions.determineReady();
    pass.status.conditions = pass.conditions.toList();
    if (llmisvc.apiVersion.endsWith('/v1alpha2')) {
      pass.status.workloads = {
        ...workloads,
        ...(scheduler ? { scheduler } : {}),
      };
    }
    this.parts.store.writeStatus(stored, pass.status);
  }

  /** Deletes what the controller owns for a deleted LLMInferenceService (the garbage collector's job). */
  forget(key: string): void {
    const slash = key.indexOf('/');
    const [namespace, name] = [key.slice(0, slash), key.slice(slash + 1)];
    const { store } = this.parts;
    store.remove('httpRoute', `${namespace}/${httpRouteNameOf(name)}`);
    store.remove('inferencePool', `${namespace}/${inferencePoolNameOf(name)}`);
    store.remove(
      'inferencePoolV1alpha2',
      `${namespace}/${inferencePoolNameOf(name)}`,
    );
    store.remove(
      'authPolicy',
      `${namespace}/${authPolicyNameOf(httpRouteNameOf(name))}`,
    );
  }

  /** The router part; returns the scheduler's `status.workloads` entry. */
  private reconcileRouter(pass: Pass) {
    const { llmisvc, conditions } = pass;
    const router = (llmisvc.spec as any)?.router ?? {};
    const routeKey = `${llmisvc.metadata.namespace}/${httpRouteNameOf(
      llmisvc.metadata.name!,
    )}`;
    if (
      router.route &&
      authEnabled(llmisvc) &&
      !this.parts.store.serves('authPolicy')
    ) {
      this.parts.store.remove('httpRoute', routeKey);
      conditions.markFalse(
        'HTTPRoutesReady',
        'GatewayPreconditionNotMet',
        PRECONDITION_MESSAGE,
      );
      return undefined;
    }
    if (!validateRouterReferences(this.parts.store, llmisvc, conditions))
      return undefined;
    const scheduler = markScheduler(llmisvc, conditions);
    const poolGroup = router.scheduler
      ? this.reconcilePool(pass)
      : this.dropPool(pass);
    const route = this.reconcileRoute(pass, routeKey, poolGroup);
    this.reconcileAuthPolicy(pass, route);
    evaluateInferencePool(this.parts.store, llmisvc, conditions);
    evaluateGateways(this.parts.store, llmisvc, conditions);
    evaluateHttpRoute(route, conditions);
    const {
      url: _url,
      addresses: _addresses,
      router: _router,
      ...rest
    } = pass.status;
    pass.status = {
      ...rest,
      ...routingStatus(route, this.endpoints(route), pass.status.router),
    };
    return scheduler;
  }

  /** Creates the InferencePool (v1 when served, else v1alpha2) unless the fault annotation says it is missing. */
  private reconcilePool(pass: Pass): string {
    const { store } = this.parts;
    const group = store.serves('inferencePool')
      ? INFERENCE_POOL_V1_GROUP
      : 'inference.networking.x-k8s.io';
    const kind =
      group === INFERENCE_POOL_V1_GROUP
        ? 'inferencePool'
        : 'inferencePoolV1alpha2';
    const key = `${pass.llmisvc.metadata.namespace}/${inferencePoolNameOf(
      pass.llmisvc.metadata.name!,
    )}`;
    if (
      pass.llmisvc.metadata.annotations?.[
        SIMULATION_ANNOTATIONS.inferencePool
      ] === 'missing'
    ) {
      store.remove(kind, key);
    } else if (store.serves(kind)) {
      store.ensure(kind, managedInferencePool(pass.llmisvc, group));
    }
    return group;
  }

  private dropPool(pass: Pass): undefined {
    const key = `${pass.llmisvc.metadata.namespace}/${inferencePoolNameOf(
      pass.llmisvc.metadata.name!,
    )}`;
    this.parts.store.remove('inferencePool', key);
    this.parts.store.remove('inferencePoolV1alpha2', key);
    return undefined;
  }

  /** `reconcileHTTPRoutes`: the managed route for `router.route` without `http.refs`, else none of ours. */
  private reconcileRoute(
    pass: Pass,
    routeKey: string,
    poolGroup: string | undefined,
  ): StoredObject | undefined {
    const router = (pass.llmisvc.spec as any)?.router ?? {};
    const { store } = this.parts;
    if (
      !router.route ||
      router.route.http?.refs?.length ||
      !store.serves('httpRoute')
    ) {
      store.remove('httpRoute', routeKey);
      return undefined;
    }
    store.ensure('httpRoute', managedHttpRoute(pass.llmisvc, poolGroup));
    this.parts.syncRoute(routeKey);
    if (poolGroup) {
      this.parts.syncPool(
        `${pass.llmisvc.metadata.namespace}/${inferencePoolNameOf(
          pass.llmisvc.metadata.name!,
        )}`,
      );
    }
    return store.get('httpRoute', routeKey);
  }

  /** odh-model-controller: an anonymous AuthPolicy on the route of an auth-off model, none with auth on. */
  private reconcileAuthPolicy(
    pass: Pass,
    route: StoredObject | undefined,
  ): void {
    const { store } = this.parts;
    if (!store.serves('authPolicy')) return;
    const key = `${pass.llmisvc.metadata.namespace}/${authPolicyNameOf(
      httpRouteNameOf(pass.llmisvc.metadata.name!),
    )}`;
    if (route && !authEnabled(pass.llmisvc))
      store.ensure('authPolicy', anonymousRouteAuthPolicy(pass.llmisvc));
    else store.remove('authPolicy', key);
  }

  /** The endpoints of the route's parent Gateways that have an address, by Gateway key. */
  private endpoints(
    route: StoredObject | undefined,
  ): Map<string, GatewayEndpoint> {
    const found = new Map<string, GatewayEndpoint>();
    const refs = ((route?.object.spec as any)?.parentRefs ?? []) as Array<{
      namespace?: string;
      name: string;
    }>;
    for (const ref of refs) {
      const key = `${ref.namespace ?? route!.namespace}/${ref.name}`;
      const gateway = this.parts.store.get('gateway', key);
      const endpoint = gateway && this.parts.endpointOf(gateway);
      if (endpoint) found.set(key, endpoint);
    }
    return found;
  }
}
