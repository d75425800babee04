import type {
  KindAccess,
  ReachabilityKind,
  ReachabilitySource,
} from '@llmd/plugin-llmd-common';
import { objectKey } from './snapshotDiff';
import type { KubeObject } from './types';
import { isClusterScopedKind } from './isClusterScopedKind';

/**
 * A {@link ReachabilitySource} over objects read once (what `readReachabilitySnapshot` collected); a kind nothing
 * was recorded for is `pending`.
 */
export class SnapshotSource implements ReachabilitySource {
  private readonly objects = new Map<
    ReachabilityKind,
    Map<string, KubeObject>
  >();
  private readonly accessByKind = new Map<ReachabilityKind, KindAccess>();

  /** Records objects of a kind (a later copy of the same object replaces the earlier). */
  add(kind: ReachabilityKind, objects: readonly KubeObject[]): void {
    let byKey = this.objects.get(kind);
    if (!byKey) {
      byKey = new Map();
      this.objects.set(kind, byKey);
    }
    for (const object of objects) {
      byKey.set(objectKey(object), object);
    }
  }

  setAccess(kind: ReachabilityKind, access: KindAccess): void {
    this.accessByKind.set(kind, access);
  }

  access(kind: ReachabilityKind): KindAccess {
    return this.accessByKind.get(kind) ?? { state: 'pending' };
  }

  list(kind: ReachabilityKind, namespace?: string): KubeObject[] {
    const all = [...(this.objects.get(kind)?.values() ?? [])];
    return namespace === undefined || isClusterScopedKind(kind)
      ? all
      : all.filter(o => o.metadata.namespace === namespace);
  }

  get(
    kind: ReachabilityKind,
    namespace: string,
    name: string,
  ): KubeObject | undefined {
    const ns = isClusterScopedKind(kind) ? '' : namespace;
    return this.objects.get(kind)?.get(`${ns}/${name}`);
  }
}
