import { ReflectorStore } from './ReflectorStore';
import type { KubeObject } from './types';

const object = (namespace: string | undefined, name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Thing',
  metadata: { name, ...(namespace !== undefined && { namespace }) },
});

describe('ReflectorStore', () => {
  it('keeps its namespace index in step with sets, deletes and replacements', () => {
    const store = new ReflectorStore();
    store.set('a/x', object('a', 'x'));
    store.set('a/y', object('a', 'y'));
    store.set('b/x', object('b', 'x'));
    store.set('/c', object(undefined, 'c'));
    expect(store.list('a').map(o => o.metadata.name)).toEqual(['x', 'y']);
    expect(store.list('').map(o => o.metadata.name)).toEqual(['c']);
    expect(store.list()).toHaveLength(4);

    expect(store.delete('a/x')).toBe(true);
    expect(store.delete('a/x')).toBe(false);
    expect(store.list('a').map(o => o.metadata.name)).toEqual(['y']);
    expect(store.list('nowhere')).toEqual([]);

    store.replace(new Map([['b/z', object('b', 'z')]]));
    expect(store.size).toBe(1);
    expect(store.list('a')).toEqual([]);
    expect(store.list('b').map(o => o.metadata.name)).toEqual(['z']);
    expect(store.get('b/z')).toBeDefined();
  });
});
