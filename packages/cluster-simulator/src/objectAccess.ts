import { ObjectStore } from './ObjectStore';
import { ResourceTable, ResourceType } from './ResourceTable';
import { ClusterSimulator, KubeObject } from './types';

/** The simulator's direct (non-HTTP) object operations, used by tests, seeding and the CLI. */
export interface ObjectAccess
  extends Pick<ClusterSimulator, 'apply' | 'remove' | 'get' | 'list'> {
  /** The resource of apiVersion + kind, undefined when not served. */
  typeOf(apiVersion: unknown, kind: unknown): ResourceType | undefined;
}

/** Creates the direct operations over a table and a store (see {@link ClusterSimulator} for semantics). */
export function createObjectAccess(
  table: ResourceTable,
  store: ObjectStore,
): ObjectAccess {
  const typeOf = (apiVersion: unknown, kind: unknown) =>
    typeof apiVersion === 'string' && typeof kind === 'string'
      ? table.forKind(apiVersion, kind)
      : undefined;
  const requireType = (apiVersion: unknown, kind: unknown): ResourceType => {
    const type = typeOf(apiVersion, kind);
    if (!type) {
      throw new Error(
        `the simulator serves no resource for apiVersion ${apiVersion} kind ${kind}`,
      );
    }
    return type;
  };
  const namespaceOf = (type: ResourceType, namespace: string | undefined) =>
    type.namespaced ? namespace ?? 'default' : undefined;

  return {
    typeOf,
    apply(obj) {
      const input = structuredClone(obj) as KubeObject;
      const type = requireType(input?.apiVersion, input?.kind);
      input.metadata = { ...(input.metadata ?? {}) };
      input.metadata.namespace = namespaceOf(type, input.metadata.namespace);
      // apply is unconditional, like kubectl apply without a resourceVersion.
      delete input.metadata.resourceVersion;
      const existing = input.metadata.name
        ? store.get(type, input.metadata.namespace, input.metadata.name)
        : undefined;
      const stored = existing
        ? store.update(type, input, 'apply')
        : store.create(type, input, { keepStatus: true });
      return stored.copyAs(type.apiVersion);
    },
    remove(apiVersion, kind, namespace, name) {
      const type = requireType(apiVersion, kind);
      if (!store.get(type, namespaceOf(type, namespace), name)) return false;
      store.delete(type, namespaceOf(type, namespace), name, { force: true });
      return true;
    },
    get(apiVersion, kind, namespace, name) {
      const type = requireType(apiVersion, kind);
      return store
        .get(type, namespaceOf(type, namespace), name)
        ?.copyAs(type.apiVersion);
    },
    list(apiVersion, kind, namespace) {
      const type = requireType(apiVersion, kind);
      return store.list(type, namespace).map(o => o.copyAs(type.apiVersion));
    },
  };
}
