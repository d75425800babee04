import type { KindAccess, ReachabilityKind } from '@llmd/plugin-llmd-common';
import type { OneShotReader, ReadOutcome } from './OneShotReader';
import type { SnapshotSource } from './SnapshotSource';
import type { KubeObject } from './types';
import type { WatchedResource } from './watchedResources';

/** The objects of several reads together; the access of the first that failed, else `ok`. */
function combineOutcomes(
  outcomes: readonly ReadOutcome<KubeObject | KubeObject[] | undefined>[],
): { objects: KubeObject[]; access: KindAccess } {
  const objects: KubeObject[] = [];
  let access: KindAccess = { state: 'ok' };
  for (const outcome of outcomes) {
    if (outcome.ok) {
      const value = outcome.value;
      if (Array.isArray(value)) objects.push(...value);
      else if (value) objects.push(value);
    } else if (access.state === 'ok') {
      access = outcome.access;
    }
  }
  return { objects, access };
}

/** Stores what reads of a kind returned, and the kind's access, in the snapshot. */
export function recordOutcomes(
  source: SnapshotSource,
  kind: ReachabilityKind,
  outcomes: readonly ReadOutcome<KubeObject | KubeObject[] | undefined>[],
): KindAccess {
  const { objects, access } = combineOutcomes(outcomes);
  source.add(kind, objects);
  source.setAccess(kind, access);
  return access;
}

/**
 * Lists a resource cluster-wide; when that is forbidden (a tenant's credentials), lists it in each of
 * `namespaces` instead. The cluster-wide 403 stands when there is no namespace to fall back to.
 */
export async function listWithFallback(
  reader: OneShotReader,
  resource: WatchedResource,
  namespaces: readonly string[],
): Promise<ReadOutcome<KubeObject[]>[]> {
  const all = await reader.list(resource);
  if (all.ok || all.status !== 403 || namespaces.length === 0) {
    return [all];
  }
  return Promise.all(
    namespaces.map(namespace => reader.list({ ...resource, namespace })),
  );
}

/**
 * Lists a resource cluster-wide; when that is forbidden, gets the named objects one by one (a 404 there is a
 * missing object, not a missing kind).
 */
export async function listOrGet(
  reader: OneShotReader,
  resource: WatchedResource,
  refs: readonly { namespace?: string; name: string }[],
): Promise<ReadOutcome<KubeObject | KubeObject[] | undefined>[]> {
  const all = await reader.list(resource);
  if (all.ok || all.status !== 403 || refs.length === 0) {
    return [all];
  }
  return Promise.all(
    refs.map(ref =>
      reader.get(
        ref.namespace === undefined
          ? resource
          : { ...resource, namespace: ref.namespace },
        ref.name,
      ),
    ),
  );
}
