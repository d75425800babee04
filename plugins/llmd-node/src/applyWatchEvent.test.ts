import { applyWatchEvent } from './applyWatchEvent';
import type { KubeObject } from './types';
import { watchedResource } from './watchedResources';
import { BUILT_IN_CLUSTER_DEFAULTS } from './readClusterConfig';

const resource = watchedResource('ConfigMap', BUILT_IN_CLUSTER_DEFAULTS, 'ns');

function cm(name: string, resourceVersion: string) {
  return { metadata: { namespace: 'ns', name, resourceVersion }, data: {} };
}

describe('applyWatchEvent', () => {
  it('adds, modifies and deletes, filling in apiVersion and kind', () => {
    const store = new Map<string, KubeObject>();
    const added = applyWatchEvent(store, resource, 'ADDED', cm('a', '1'));
    expect(added.change?.type).toBe('added');
    expect(added.change?.object).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
    });
    expect(added.resourceVersion).toBe('1');

    expect(
      applyWatchEvent(store, resource, 'MODIFIED', cm('a', '2')).change?.type,
    ).toBe('modified');
    // A repeated version (e.g. a replayed event after resuming) changes nothing.
    const repeat = applyWatchEvent(store, resource, 'MODIFIED', cm('a', '2'));
    expect(repeat.change).toBeUndefined();
    expect(repeat.resourceVersion).toBe('2');

    expect(
      applyWatchEvent(store, resource, 'DELETED', cm('a', '3')).change?.type,
    ).toBe('deleted');
    expect(store.size).toBe(0);
    // Deleting what is not there reports nothing.
    expect(
      applyWatchEvent(store, resource, 'DELETED', cm('a', '4')).change,
    ).toBeUndefined();
  });

  it('moves the resourceVersion on bookmarks only', () => {
    const store = new Map<string, KubeObject>();
    const result = applyWatchEvent(store, resource, 'BOOKMARK', {
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: { resourceVersion: '42' },
    });
    expect(result).toEqual({ resourceVersion: '42' });
    expect(store.size).toBe(0);
  });

  it('turns ERROR events into stream ends: 410 relists, others fail', () => {
    const store = new Map<string, KubeObject>();
    expect(
      applyWatchEvent(store, resource, 'ERROR', {
        kind: 'Status',
        code: 410,
        reason: 'Expired',
      }).end,
    ).toEqual({ type: 'gone' });
    const failed = applyWatchEvent(store, resource, 'ERROR', {
      kind: 'Status',
      code: 500,
      message: 'boom',
    }).end;
    expect(failed?.type).toBe('error');
    expect(failed?.type === 'error' && (failed.error as Error).message).toBe(
      'boom',
    );
  });
});
