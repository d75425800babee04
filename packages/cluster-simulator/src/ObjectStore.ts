import {
  deepEqual,
  kubeTimestamp,
  objectForCreate,
  objectForUpdate,
  UpdateMode,
} from './objectLifecycle';
import { validateMetadata } from './validateMetadata';
import { ResourceType } from './ResourceTable';
import { alreadyExists, conflict, notFound } from './StatusError';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

/** A change of the store, as watches report it. */
export interface StoreEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  /** The revision of this change (the object's resourceVersion). */
  revision: number;
  storageKey: string;
  object: StoredObject;
  /** The object before a MODIFIED change (to see selector transitions). */
  previous?: StoredObject;
}

/** Options shared by the writes. */
export interface WriteOptions {
  /** Compute and return the result without storing it (`?dryRun=All`). */
  dryRun?: boolean;
}

/** Objects of one group/resource, by namespace and name, with sorted key caches for paging. */
class Bucket {
  readonly byNamespace = new Map<string, Map<string, StoredObject>>();
  private sortedNamespaces?: string[];
  private readonly sortedNames = new Map<string, string[]>();

  get(namespace: string, name: string): StoredObject | undefined {
    return this.byNamespace.get(namespace)?.get(name);
  }

  set(object: StoredObject): void {
    let names = this.byNamespace.get(object.namespace);
    if (!names) {
      names = new Map();
      this.byNamespace.set(object.namespace, names);
      this.sortedNamespaces = undefined;
    }
    if (!names.has(object.name)) this.sortedNames.delete(object.namespace);
    names.set(object.name, object);
  }

  remove(namespace: string, name: string): void {
    const names = this.byNamespace.get(namespace);
    if (!names?.delete(name)) return;
    this.sortedNames.delete(namespace);
    if (names.size === 0) {
      this.byNamespace.delete(namespace);
      this.sortedNamespaces = undefined;
    }
  }

  /** Objects ordered by namespace, then name (the order of etcd keys, which paging relies on). */
  sorted(namespace?: string): StoredObject[] {
    const namespaces =
      namespace !== undefined
        ? [namespace]
        : (this.sortedNamespaces ??= [...this.byNamespace.keys()].sort());
    const out: StoredObject[] = [];
    for (const ns of namespaces) {
      const names = this.byNamespace.get(ns);
      if (!names) continue;
      let order = this.sortedNames.get(ns);
      if (!order) {
        order = [...names.keys()].sort();
        this.sortedNames.set(ns, order);
      }
      for (const name of order) out.push(names.get(name)!);
    }
    return out;
  }
}

/**
 * The simulated etcd: every object of every resource, one global revision counter (resourceVersion) and
 * change events. Objects are immutable once stored; every write stores a new object.
 */
export class ObjectStore {
  private revision = 0;
  private readonly buckets = new Map<string, Bucket>();
  private readonly listeners: Array<(event: StoreEvent) => void> = [];

  /** The current revision. */
  get currentRevision(): number {
    return this.revision;
  }

  /** Advances the revision without a change (a compaction marker, see WatchHub.expire). */
  skipRevision(): number {
    return ++this.revision;
  }

  onEvent(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): StoredObject | undefined {
    return this.buckets
      .get(type.storageKey)
      ?.get(type.namespaced ? namespace ?? '' : '', name);
  }

  /** Objects of a resource (in one namespace when given), ordered by namespace and name. */
  list(type: ResourceType, namespace?: string): StoredObject[] {
    const bucket = this.buckets.get(type.storageKey);
    if (!bucket) return [];
    return bucket.sorted(type.namespaced ? namespace : undefined);
  }

  /**
   * Stores a new object.
   *
   * @throws StatusError 409 AlreadyExists, 422 Invalid
   */
  create(
    type: ResourceType,
    input: KubeObject,
    options: WriteOptions & { keepStatus?: boolean } = {},
  ): StoredObject {
    const obj = objectForCreate(type, input, options.keepStatus ?? false);
    validateMetadata(type, obj);
    if (this.get(type, obj.metadata.namespace, obj.metadata.name!)) {
      throw alreadyExists(type, obj.metadata.name!);
    }
    if (options.dryRun) return new StoredObject(obj);
    return this.commit(type, 'ADDED', obj);
  }

  /**
   * Replaces an existing object. A `metadata.resourceVersion` in `input` must be the current one (optimistic
   * concurrency). A write that changes nothing keeps the resourceVersion and emits no event, like the real
   * API server. Removing the last finalizer of an object being deleted deletes it.
   *
   * @throws StatusError 404 NotFound, 409 Conflict, 422 Invalid
   */
  update(
    type: ResourceType,
    input: KubeObject,
    mode: UpdateMode,
    options: WriteOptions = {},
  ): StoredObject {
    const name = input.metadata.name!;
    const existing = this.get(type, input.metadata.namespace, name);
    if (!existing) throw notFound(type, name);
    const expected = input.metadata.resourceVersion;
    if (expected && expected !== existing.resourceVersion) {
      throw conflict(type, name);
    }
    const obj = objectForUpdate(type, existing.object, input, mode);
    validateMetadata(type, obj);
    if (deepEqual(obj, existing.object) || options.dryRun) {
      return options.dryRun ? new StoredObject(obj) : existing;
    }
    if (obj.metadata.deletionTimestamp && !obj.metadata.finalizers?.length) {
      return this.removeStored(type, existing);
    }
    return this.commit(type, 'MODIFIED', obj, existing);
  }

  /**
   * Deletes an object; with finalizers (unless `force`) it is only marked with a deletionTimestamp.
   * Returns the object as deleted (or marked).
   *
   * @throws StatusError 404 NotFound, 409 Conflict on failed preconditions
   */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    options: WriteOptions & {
      force?: boolean;
      preconditions?: { resourceVersion?: string; uid?: string };
    } = {},
  ): StoredObject {
    const existing = this.get(type, namespace, name);
    if (!existing) throw notFound(type, name);
    const { resourceVersion, uid } = options.preconditions ?? {};
    if (
      (resourceVersion && resourceVersion !== existing.resourceVersion) ||
      (uid && uid !== existing.object.metadata.uid)
    ) {
      throw conflict(type, name);
    }
    if (options.dryRun) return existing;
    if (!options.force && existing.object.metadata.finalizers?.length) {
      if (existing.object.metadata.deletionTimestamp) return existing;
      const marked = structuredClone(existing.object) as KubeObject;
      marked.metadata.deletionTimestamp = kubeTimestamp();
      marked.metadata.deletionGracePeriodSeconds = 0;
      return this.commit(type, 'MODIFIED', marked, existing);
    }
    return this.removeStored(type, existing);
  }

  private removeStored(
    type: ResourceType,
    existing: StoredObject,
  ): StoredObject {
    // The DELETED event carries the deletion's revision, so watchers can resume after it.
    const gone = structuredClone(existing.object) as KubeObject;
    return this.commit(type, 'DELETED', gone);
  }

  /**
   * Gives `obj` the next revision, stores it (drops it for DELETED) and emits the change; `previous` is the
   * object a MODIFIED change replaces.
   */
  private commit(
    type: ResourceType,
    change: StoreEvent['type'],
    obj: KubeObject,
    previous?: StoredObject,
  ): StoredObject {
    obj.metadata.resourceVersion = String(++this.revision);
    const stored = new StoredObject(obj);
    if (change === 'DELETED') {
      this.bucket(type).remove(stored.namespace, stored.name);
    } else {
      this.bucket(type).set(stored);
    }
    this.emit({
      type: change,
      revision: this.revision,
      storageKey: type.storageKey,
      object: stored,
      ...(previous && { previous }),
    });
    return stored;
  }

  private bucket(type: ResourceType): Bucket {
    let bucket = this.buckets.get(type.storageKey);
    if (!bucket) {
      bucket = new Bucket();
      this.buckets.set(type.storageKey, bucket);
    }
    return bucket;
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }
}
