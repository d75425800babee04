import { ControlledKind, ControllerStore, keyOf } from './ControllerStore';
import { GatewayAddressProvider } from './GatewayAddressProvider';
import { gatewayOfParentRef } from './httpRouteStatus';
import { LlmisvcReconciler } from './LlmisvcReconciler';
import { LoadBalancerAddresses } from './LoadBalancerAddresses';
import { gatewayRefsOf } from './managedRouterObjects';
import { kubeTimestamp } from './objectLifecycle';
import { reconcileGatewayAuthPolicy } from './odhAuthPolicies';
import { ObjectStore, StoreEvent } from './ObjectStore';
import { ResourceTable } from './ResourceTable';
import { SimulatedGateways } from './SimulatedGateways';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

/** Creates the Gateway address provider; it calls `assigned` when an address it could not give at once is ready. */
export type GatewayAddressProviderFactory = (
  assigned: (gatewayKey: string) => void,
) => GatewayAddressProvider;

/** Options of {@link SimulatedController}. */
export interface SimulatedControllerOptions {
  /** Time from seeing a new generation of an LLMInferenceService to its workloads being ready. */
  readyAfterMs: number;
  log: (line: string) => void;
  /** Default: fake LoadBalancer IPs ({@link LoadBalancerAddresses}). */
  addresses?: GatewayAddressProviderFactory;
}

/** The work items: what is reconciled, by kind. */
type Work = 'llmisvc' | 'gateway' | 'gatewayClass' | 'route' | 'pool';

/**
 * Mimics OpenShift AI's controllers (KServe's LLMInferenceService controller, odh-model-controller's AuthPolicies)
 * and a Gateway implementation (Gateway, HTTPRoute and InferencePool status) closely enough that the "Ready but
 * unreachable" cases of real clusters show through the Kubernetes API. Status is written through the store like
 * any `/status` update, so watchers see MODIFIED events. Work is queued per object, never run inside a store event.
 */
export class SimulatedController {
  private readonly timers = new Map<
    string,
    { timer: NodeJS.Timeout; due: number }
  >();
  private readonly generationSeen = new Map<
    string,
    { generation: number; at: number }
  >();
  private readonly store: ControllerStore;
  private readonly addresses: GatewayAddressProvider;
  private readonly gateways: SimulatedGateways;
  private readonly llmisvcs: LlmisvcReconciler;
  private closed = false;
  /** The LLMInferenceService being reconciled: events of its own writes need no second pass. */
  private reconciling?: string;

  constructor(
    objects: ObjectStore,
    table: ResourceTable,
    private readonly options: SimulatedControllerOptions,
  ) {
    this.store = new ControllerStore(objects, table);
    objects.onEvent(event => this.onEvent(event));
    this.addresses = (options.addresses ?? (() => new LoadBalancerAddresses()))(
      key => this.enqueue('gateway', key),
    );
    this.gateways = new SimulatedGateways(this.store, this.addresses);
    this.llmisvcs = new LlmisvcReconciler({
      store: this.store,
      endpointOf: gateway => this.gateways.endpointOf(gateway),
      syncRoute: key => this.gateways.syncRoute(key),
      syncPool: key => this.gateways.syncPool(key),
    });
  }

  start(): void {
    for (const object of this.store.list('gatewayClass'))
      this.enqueue('gatewayClass', keyOf(object));
    for (const object of this.store.list('gateway'))
      this.enqueue('gateway', keyOf(object));
    for (const object of this.store.list('llmisvc'))
      this.enqueue('llmisvc', keyOf(object));
  }

  close(): void {
    this.closed = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private is(event: StoreEvent, kind: ControlledKind): boolean {
    return event.storageKey === this.store.storageKeyOf(kind);
  }

  private onEvent(event: StoreEvent): void {
    const object = event.object.object as KubeObject;
    const key = keyOf(event.object);
    const deleted = event.type === 'DELETED';
    if (this.is(event, 'llmisvc')) {
      if (deleted) this.forget(key);
      else if (key !== this.reconciling) this.enqueue('llmisvc', key);
      // The Gateways' AuthPolicies follow which Gateways are in use.
      const before = event.previous?.object as KubeObject | undefined;
      const refs = JSON.stringify(gatewayRefsOf(object));
      if (
        !before ||
        deleted ||
        JSON.stringify(gatewayRefsOf(before)) !== refs
      ) {
        gatewayRefsOf(object).forEach(ref =>
          this.enqueue('gateway', `${ref.namespace}/${ref.name}`),
        );
      }
    } else if (this.is(event, 'gatewayClass')) {
      if (!deleted) this.enqueue('gatewayClass', key);
    } else if (this.is(event, 'gateway')) {
      if (deleted) this.addresses.release(key);
      else this.enqueue('gateway', key);
      this.enqueueUsersOfGateway(key);
    } else if (this.is(event, 'httpRoute')) {
      // A model's reconcile writes the status of the route and pool it just wrote itself.
      const own = !deleted && this.reconciling !== undefined;
      if (!deleted && !own) this.enqueue('route', key);
      this.enqueueOwner(event.object);
      if (!own) this.enqueuePoolsOf(event.object);
    } else if (
      this.is(event, 'inferencePool') ||
      this.is(event, 'inferencePoolV1alpha2')
    ) {
      if (!deleted && this.reconciling === undefined) this.enqueue('pool', key);
      this.enqueueOwner(event.object);
    } else if (this.is(event, 'namespace')) {
      this.store
        .list('httpRoute', event.object.name)
        .forEach(route => this.enqueue('route', keyOf(route)));
    }
  }

  /** Routes attached to the Gateway and models using it. */
  private enqueueUsersOfGateway(gatewayKey: string): void {
    for (const route of this.store.list('httpRoute')) {
      const refs = ((route.object.spec as any)?.parentRefs ?? []) as any[];
      if (
        refs.some(ref => this.gatewayKeyOf(ref, route.namespace) === gatewayKey)
      ) {
        this.enqueue('route', keyOf(route));
      }
    }
    for (const llmisvc of this.store.list('llmisvc')) {
      const uses = gatewayRefsOf(llmisvc.object as KubeObject).some(
        ref => `${ref.namespace}/${ref.name}` === gatewayKey,
      );
      if (uses) this.enqueue('llmisvc', keyOf(llmisvc));
    }
  }

  private gatewayKeyOf(ref: any, namespace: string): string | undefined {
    const target = gatewayOfParentRef(ref ?? {}, namespace);
    return target && `${target.namespace}/${target.name}`;
  }

  private enqueueOwner(object: StoredObject): void {
    const owners = (object.object.metadata.ownerReferences ?? []) as Array<{
      kind?: string;
      name?: string;
    }>;
    for (const owner of owners) {
      const key = `${object.namespace}/${owner.name}`;
      if (owner.kind === 'LLMInferenceService' && key !== this.reconciling) {
        this.enqueue('llmisvc', key);
      }
    }
  }

  private enqueuePoolsOf(route: StoredObject): void {
    const rules = ((route.object.spec as any)?.rules ?? []) as Array<{
      backendRefs?: any[];
    }>;
    for (const ref of rules.flatMap(rule => rule.backendRefs ?? [])) {
      if (ref?.kind === 'InferencePool' && ref.name)
        this.enqueue('pool', `${route.namespace}/${ref.name}`);
    }
  }

  /** Schedules a reconcile of one object, keeping an earlier one already scheduled. */
  private enqueue(work: Work, key: string, delayMs = 0): void {
    if (this.closed) return;
    const id = `${work}|${key}`;
    const due = Date.now() + delayMs;
    const existing = this.timers.get(id);
    if (existing && existing.due <= due) return;
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.timers.delete(id);
      try {
        this.run(work, key);
      } catch (e) {
        this.options.log(`controller: reconciling ${id} failed: ${e}`);
      }
    }, delayMs);
    this.timers.set(id, { timer, due });
  }

  private run(work: Work, key: string): void {
    if (work === 'gateway') {
      const gateway = this.gateways.syncGateway(key);
      if (gateway) reconcileGatewayAuthPolicy(this.store, gateway);
    } else if (work === 'gatewayClass') this.gateways.syncGatewayClass(key);
    else if (work === 'route') this.gateways.syncRoute(key);
    else if (work === 'pool') this.gateways.syncPool(key);
    else this.reconcileLlmisvc(key);
  }

  private reconcileLlmisvc(key: string): void {
    const stored = this.store.get('llmisvc', key);
    if (!stored || stored.object.metadata.deletionTimestamp) return;
    const generation = stored.object.metadata.generation ?? 1;
    const now = Date.now();
    let seen = this.generationSeen.get(key);
    if (!seen || seen.generation !== generation) {
      seen = { generation, at: now };
      this.generationSeen.set(key, seen);
    }
    const readyAt = seen.at + this.options.readyAfterMs;
    const started = now >= readyAt;
    if (!started) this.enqueue('llmisvc', key, readyAt - now);
    this.reconciling = key;
    try {
      this.llmisvcs.reconcile(stored, started, kubeTimestamp());
    } finally {
      this.reconciling = undefined;
    }
  }

  private forget(key: string): void {
    this.generationSeen.delete(key);
    this.llmisvcs.forget(key);
  }
}
