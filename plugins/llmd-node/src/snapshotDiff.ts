import type { KubeObject } from './types';

/** The store key of an object: `<namespace>/<name>` (`/<name>` for cluster-scoped objects). */
export function objectKey(object: KubeObject): string {
  return `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

/** What replacing a store with a fresh complete list changes. */
export interface SnapshotDiff {
  readonly added: KubeObject[];
  readonly modified: KubeObject[];
  /** Objects of the old store missing from the fresh list (the old copies). */
  readonly deleted: KubeObject[];
  /** The new store, keyed by {@link objectKey}. */
  readonly next: Map<string, KubeObject>;
}

/**
 * Compares a store with a fresh, complete list. Only a complete list may be diffed this way: anything missing from
 * it is reported deleted, which is why the reflector calls this after the last page, never per page.
 *
 * An object counts as modified when its resourceVersion differs; objects without one (some fakes) are compared by
 * content.
 */
export function diffSnapshot(
  current: ReadonlyMap<string, KubeObject>,
  fresh: readonly KubeObject[],
): SnapshotDiff {
  const next = new Map<string, KubeObject>();
  const added: KubeObject[] = [];
  const modified: KubeObject[] = [];
  for (const object of fresh) {
    const key = objectKey(object);
    const previous = current.get(key);
    const unchanged = previous !== undefined && sameVersion(previous, object);
    if (!previous) {
      added.push(object);
    } else if (!unchanged) {
      modified.push(object);
    }
    // an unchanged object keeps its old copy, so what is memoised per cached object survives a relist
    next.set(key, unchanged ? previous : object);
  }
  const deleted: KubeObject[] = [];
  for (const [key, previous] of current) {
    if (!next.has(key)) {
      deleted.push(previous);
    }
  }
  return { added, modified, deleted, next };
}

/** Whether two copies of an object are the same version (used for watch events too). */
export function sameVersion(a: KubeObject, b: KubeObject): boolean {
  const ra = a.metadata.resourceVersion;
  const rb = b.metadata.resourceVersion;
  if (ra !== undefined && rb !== undefined) {
    return ra === rb;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
