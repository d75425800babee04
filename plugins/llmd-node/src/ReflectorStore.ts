import { objectKey } from './snapshotDiff';
import type { KubeObject } from './types';

/**
 * The objects of one reflector by {@link objectKey}, with an index by namespace: the reachability evaluation reads
 * the HTTPRoutes, InferencePools and AuthPolicies of one model's namespace per model, which must not cost a scan of
 * every object of the cluster (one route and one pool per model, for tens of thousands of models).
 */
export class ReflectorStore {
  private objects = new Map<string, KubeObject>();
  private readonly byNamespace = new Map<string, Map<string, KubeObject>>();

  get size(): number {
    return this.objects.size;
  }

  get(key: string): KubeObject | undefined {
    return this.objects.get(key);
  }

  /** Stores an object under its own key. */
  set(key: string, object: KubeObject): this {
    this.objects.set(key, object);
    const namespace = object.metadata.namespace ?? '';
    let objects = this.byNamespace.get(namespace);
    if (!objects) {
      objects = new Map();
      this.byNamespace.set(namespace, objects);
    }
    objects.set(key, object);
    return this;
  }

  delete(key: string): boolean {
    const object = this.objects.get(key);
    if (!object) {
      return false;
    }
    this.objects.delete(key);
    const namespace = object.metadata.namespace ?? '';
    const objects = this.byNamespace.get(namespace);
    objects?.delete(key);
    if (objects?.size === 0) {
      this.byNamespace.delete(namespace);
    }
    return true;
  }

  /** Every object, or those of one namespace ('' for cluster-scoped objects). */
  list(namespace?: string): KubeObject[] {
    if (namespace === undefined) {
      return [...this.objects.values()];
    }
    const objects = this.byNamespace.get(namespace);
    return objects ? [...objects.values()] : [];
  }

  /** The store as a read-only map (what a relist is compared with). */
  asMap(): ReadonlyMap<string, KubeObject> {
    return this.objects;
  }

  /** Replaces every object (after a complete list). */
  replace(next: Map<string, KubeObject>): void {
    this.objects = new Map();
    this.byNamespace.clear();
    for (const object of next.values()) {
      this.set(objectKey(object), object);
    }
  }
}
