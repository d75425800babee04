import { ObjectStore, StoreEvent } from './ObjectStore';
import {
  gatewayEndpoint,
  gatewayRefOf,
  gatewayStatus,
  llmisvcStatus,
} from './llmisvcStatus';
import { ResourceTable, ResourceType } from './ResourceTable';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

const LLMISVC = 'llminferenceservices.serving.kserve.io';
const GATEWAY = 'gateways.gateway.networking.k8s.io';
/** First fake LoadBalancer address (MetalLB-style pool 192.168.1.240/28 and beyond). */
const FIRST_ADDRESS = (192 << 24) + (168 << 16) + (1 << 8) + 240;

function keyOf(object: StoredObject): string {
  return `${object.namespace}/${object.name}`;
}

function ipv4(n: number): string {
  return [24, 16, 8, 0].map(shift => (n >>> shift) & 255).join('.');
}

/**
 * Mimics the KServe controller and a Gateway implementation: Gateways get a fake LoadBalancer address and
 * Accepted/Programmed conditions; LLMInferenceServices get URL, addresses and conditions (Ready after
 * `readyAfterMs` from each new generation). Status is written through the store like any `/status` update,
 * so watchers see MODIFIED events. Work is queued per object and never runs inside a store event.
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
  private readonly gatewayUsers = new Map<string, Set<string>>();
  private readonly usedGateway = new Map<string, string>();
  private readonly addresses = new Map<string, string>();
  private closed = false;

  constructor(
    private readonly store: ObjectStore,
    private readonly table: ResourceTable,
    private readonly readyAfterMs: number,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.store.onEvent(event => this.onEvent(event));
    for (const storageKey of [GATEWAY, LLMISVC]) {
      const type = this.table.forStorageKey(storageKey);
      for (const object of type ? this.store.list(type) : []) {
        this.enqueue(storageKey, keyOf(object), 0);
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private onEvent(event: StoreEvent): void {
    const key = keyOf(event.object);
    if (event.storageKey === GATEWAY) {
      if (event.type !== 'DELETED') this.enqueue(GATEWAY, key, 0);
      for (const user of this.gatewayUsers.get(key) ?? [])
        this.enqueue(LLMISVC, user, 0);
    } else if (event.storageKey === LLMISVC) {
      if (event.type === 'DELETED') {
        this.forget(key);
      } else {
        this.enqueue(LLMISVC, key, 0);
      }
    }
  }

  /** Schedules a reconcile of one object, keeping an earlier one already scheduled. */
  private enqueue(storageKey: string, key: string, delayMs: number): void {
    if (this.closed) return;
    const id = `${storageKey}|${key}`;
    const due = Date.now() + delayMs;
    const existing = this.timers.get(id);
    if (existing && existing.due <= due) return;
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.timers.delete(id);
      try {
        if (storageKey === GATEWAY) this.reconcileGateway(key);
        else this.reconcileLlmisvc(key);
      } catch (e) {
        this.log(`controller: reconciling ${id} failed: ${e}`);
      }
    }, delayMs);
    this.timers.set(id, { timer, due });
  }

  private reconcileGateway(key: string): void {
    const type = this.table.forStorageKey(GATEWAY);
    const stored = type && this.lookup(type, key);
    if (!type || !stored || stored.object.metadata.deletionTimestamp) return;
    const status = gatewayStatus(stored.object, this.addressFor(key));
    this.writeStatus(type, stored, status);
  }

  private reconcileLlmisvc(key: string): void {
    const type = this.table.forStorageKey(LLMISVC);
    const stored = type && this.lookup(type, key);
    if (!type || !stored || stored.object.metadata.deletionTimestamp) return;
    const object = stored.object;
    const generation = object.metadata.generation ?? 1;
    const now = Date.now();
    let seen = this.generationSeen.get(key);
    if (!seen || seen.generation !== generation) {
      seen = { generation, at: now };
      this.generationSeen.set(key, seen);
    }
    const readyAt = seen.at + this.readyAfterMs;
    const workloadsReady = now >= readyAt;
    if (!workloadsReady) this.enqueue(LLMISVC, key, readyAt - now);

    const gatewayRef = gatewayRefOf(object);
    const gatewayKey = `${gatewayRef.namespace}/${gatewayRef.name}`;
    this.track(key, gatewayKey);
    const gatewayType = this.table.forStorageKey(GATEWAY);
    const gateway = gatewayType && this.lookup(gatewayType, gatewayKey);
    const endpoint = gateway
      ? gatewayEndpoint(
          gateway.object,
          this.gatewayAddress(gateway.object, gatewayKey),
        )
      : undefined;
    this.writeStatus(
      type,
      stored,
      llmisvcStatus(object, { endpoint, gatewayRef, workloadsReady }),
    );
  }

  /** The address the Gateway reports, else the one this controller assigns to it. */
  private gatewayAddress(gateway: KubeObject, key: string): string {
    const reported = (gateway.status as any)?.addresses?.[0]?.value;
    return typeof reported === 'string' && reported
      ? reported
      : this.addressFor(key);
  }

  private addressFor(gatewayKey: string): string {
    let address = this.addresses.get(gatewayKey);
    if (!address) {
      address = ipv4(FIRST_ADDRESS + this.addresses.size);
      this.addresses.set(gatewayKey, address);
    }
    return address;
  }

  private writeStatus(
    type: ResourceType,
    stored: StoredObject,
    status: Record<string, unknown>,
  ): void {
    const object = stored.copyAs(stored.object.apiVersion);
    object.status = status;
    // Written as the version it is stored in; the store keeps everything but the status.
    const writeType =
      this.table.forKind(stored.object.apiVersion, type.kind) ?? type;
    this.store.update(writeType, object, 'status');
  }

  private track(key: string, gatewayKey: string): void {
    const before = this.usedGateway.get(key);
    if (before === gatewayKey) return;
    if (before) this.gatewayUsers.get(before)?.delete(key);
    this.usedGateway.set(key, gatewayKey);
    let users = this.gatewayUsers.get(gatewayKey);
    if (!users) {
      users = new Set();
      this.gatewayUsers.set(gatewayKey, users);
    }
    users.add(key);
  }

  private forget(key: string): void {
    this.generationSeen.delete(key);
    const gatewayKey = this.usedGateway.get(key);
    if (gatewayKey) this.gatewayUsers.get(gatewayKey)?.delete(key);
    this.usedGateway.delete(key);
  }

  private lookup(type: ResourceType, key: string): StoredObject | undefined {
    const slash = key.indexOf('/');
    return this.store.get(type, key.slice(0, slash), key.slice(slash + 1));
  }
}
