import { diffSnapshot, objectKey, sameVersion } from './snapshotDiff';
import type { KubeObject } from './types';

function obj(
  namespace: string,
  name: string,
  resourceVersion?: string,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { namespace, name, resourceVersion },
  };
}

describe('diffSnapshot', () => {
  it('reports added, modified and deleted objects and builds the new store', () => {
    const current = new Map(
      [
        obj('a', 'keep', '1'),
        obj('a', 'change', '2'),
        obj('b', 'gone', '3'),
      ].map(o => [objectKey(o), o] as const),
    );
    const fresh = [
      obj('a', 'keep', '1'),
      obj('a', 'change', '5'),
      obj('c', 'new', '6'),
    ];
    const diff = diffSnapshot(current, fresh);
    expect(diff.added.map(objectKey)).toEqual(['c/new']);
    expect(diff.modified.map(objectKey)).toEqual(['a/change']);
    expect(diff.deleted.map(objectKey)).toEqual(['b/gone']);
    expect([...diff.next.keys()]).toEqual(['a/keep', 'a/change', 'c/new']);
    expect(diff.next.get('a/change')?.metadata.resourceVersion).toBe('5');
    // The input store is left alone: the caller swaps it in one step.
    expect(current.size).toBe(3);
  });

  it('reports nothing for an identical list, everything for a first list', () => {
    const objects = [obj('a', 'x', '1'), obj('a', 'y', '2')];
    const store = new Map(objects.map(o => [objectKey(o), o] as const));
    const same = diffSnapshot(store, objects);
    expect([same.added, same.modified, same.deleted]).toEqual([[], [], []]);
    expect(diffSnapshot(new Map(), objects).added).toHaveLength(2);
  });

  it('compares content when there is no resourceVersion', () => {
    expect(sameVersion(obj('a', 'x'), obj('a', 'x'))).toBe(true);
    expect(
      sameVersion(obj('a', 'x'), { ...obj('a', 'x'), data: { k: 'v' } }),
    ).toBe(false);
  });

  it('keeps the old copy of an unchanged object, so memos keyed by the cached object survive a relist', () => {
    const unchanged = obj('ns', 'a', '1');
    const changed = obj('ns', 'b', '1');
    const { next } = diffSnapshot(
      new Map([
        ['ns/a', unchanged],
        ['ns/b', changed],
      ]),
      [obj('ns', 'a', '1'), obj('ns', 'b', '2')],
    );
    expect(next.get('ns/a')).toBe(unchanged);
    expect(next.get('ns/b')).not.toBe(changed);
    expect(next.get('ns/b')?.metadata.resourceVersion).toBe('2');
  });

  it('keys cluster-scoped objects with an empty namespace', () => {
    expect(
      objectKey({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'n' },
      }),
    ).toBe('/n');
  });
});
