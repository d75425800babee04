import { ObjectStore } from './ObjectStore';
import { deepEqual } from './objectLifecycle';
import { ResourceTable, ResourceType } from './ResourceTable';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

/** The kinds the simulated controllers read and write, by apiVersion and kind. */
export const CONTROLLED_KINDS = {
  llmisvc: ['serving.kserve.io/v1alpha1', 'LLMInferenceService'],
  gateway: ['gateway.networking.k8s.io/v1', 'Gateway'],
  gatewayClass: ['gateway.networking.k8s.io/v1', 'GatewayClass'],
  httpRoute: ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
  inferencePool: ['inference.networking.k8s.io/v1', 'InferencePool'],
  inferencePoolV1alpha2: [
    'inference.networking.x-k8s.io/v1alpha2',
    'InferencePool',
  ],
  authPolicy: ['kuadrant.io/v1', 'AuthPolicy'],
  namespace: ['v1', 'Namespace'],
} as const;

/** One of {@link CONTROLLED_KINDS}. */
export type ControlledKind = keyof typeof CONTROLLED_KINDS;

/** `<namespace>/<name>` of a stored object. */
export function keyOf(object: StoredObject): string {
  return `${object.namespace}/${object.name}`;
}

/** A `<namespace>/<name>` key split. */
function splitKey(key: string): { namespace: string; name: string } {
  const slash = key.indexOf('/');
  return { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

/**
 * The store as the simulated controllers use it: by kind, with writes that are no-ops when nothing changes (so
 * recomputing an unchanged status emits no watch event). A kind whose CRD is not served reads as empty.
 */
export class ControllerStore {
  constructor(
    private readonly store: ObjectStore,
    private readonly table: ResourceTable,
  ) {}

  /** The served resource of a kind, undefined when its CRD is not installed. */
  typeOf(kind: ControlledKind): ResourceType | undefined {
    const [apiVersion, name] = CONTROLLED_KINDS[kind];
    return this.table.forKind(apiVersion, name);
  }

  /** Whether a kind is served (live, like the controller's discovery check). */
  serves(kind: ControlledKind): boolean {
    return this.typeOf(kind) !== undefined;
  }

  get(kind: ControlledKind, key: string): StoredObject | undefined {
    const type = this.typeOf(kind);
    if (!type) return undefined;
    const { namespace, name } = splitKey(key);
    return this.store.get(type, namespace, name);
  }

  list(kind: ControlledKind, namespace?: string): StoredObject[] {
    const type = this.typeOf(kind);
    return type ? this.store.list(type, namespace) : [];
  }

  /** The storage key of a kind (`plural.group`), to tell store events apart. */
  storageKeyOf(kind: ControlledKind): string | undefined {
    return this.typeOf(kind)?.storageKey;
  }

  /**
   * Creates `desired` or brings the stored object's spec, labels and ownerReferences to it (status kept); returns
   * the stored object.
   */
  ensure(kind: ControlledKind, desired: KubeObject): StoredObject {
    const type = this.typeOf(kind)!;
    const { namespace, name } = desired.metadata;
    const existing = this.store.get(type, namespace, name!);
    if (!existing) return this.store.create(type, desired);
    const current = existing.object;
    const labels = { ...current.metadata.labels, ...desired.metadata.labels };
    if (
      deepEqual(current.spec, desired.spec) &&
      deepEqual(current.metadata.labels ?? {}, labels) &&
      deepEqual(
        current.metadata.ownerReferences,
        desired.metadata.ownerReferences,
      )
    ) {
      return existing; // the common case of a reconcile: nothing to write, nothing to copy
    }
    const merged: KubeObject = {
      ...structuredClone(current as KubeObject),
      spec: desired.spec,
      metadata: {
        ...structuredClone(current.metadata),
        labels,
        ownerReferences: desired.metadata.ownerReferences,
      },
    };
    if (deepEqual(merged, current)) return existing;
    return this.store.update(type, merged, 'main');
  }

  /** Deletes an object if it exists. */
  remove(kind: ControlledKind, key: string): void {
    const type = this.typeOf(kind);
    const { namespace, name } = splitKey(key);
    if (type && this.store.get(type, namespace, name)) {
      this.store.delete(type, namespace, name, { force: true });
    }
  }

  /** Writes a status through the `/status` path, as the version the object is stored in. */
  writeStatus(stored: StoredObject, status: Record<string, unknown>): void {
    if (deepEqual(stored.object.status, status)) return;
    // A status write takes only the status of its input (and copies it): no copy of the object is needed.
    const object = { ...(stored.object as KubeObject), status };
    const type = this.table.forKind(stored.object.apiVersion, object.kind);
    if (type) this.store.update(type, object, 'status');
  }
}
