import { KubeStatusError } from './KubeStatusError';
import { objectKey, sameVersion } from './snapshotDiff';
import type { KubeObject } from './types';
import type { WatchEnd } from './runWatchStream';
import { storedObject } from './storedObject';
import type { WatchedResource } from './watchedResources';

/** What one watch event did. */
export interface WatchEventResult {
  /** The store change it caused, if any (a repeated version causes none). */
  readonly change?: {
    readonly type: 'added' | 'modified' | 'deleted';
    readonly object: KubeObject;
  };
  /** The resourceVersion to resume from, when the event carried one (bookmarks do nothing else). */
  readonly resourceVersion?: string;
  /** Set for `ERROR` events: how the stream must end (410 → relist). */
  readonly end?: WatchEnd;
}

/** Applies one watch event (`ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK`, `ERROR`) to a store. */
export function applyWatchEvent(
  store: {
    get(key: string): KubeObject | undefined;
    set(key: string, object: KubeObject): unknown;
    delete(key: string): boolean;
  },
  resource: WatchedResource,
  type: string,
  raw: any,
): WatchEventResult {
  if (type === 'ERROR') {
    // The object of an ERROR event is a metav1.Status.
    const code = typeof raw?.code === 'number' ? raw.code : 500;
    return {
      end:
        code === 410
          ? { type: 'gone' }
          : {
              type: 'error',
              error: new KubeStatusError(
                code,
                raw?.message ?? 'error event in watch',
              ),
            },
    };
  }
  if (!raw?.metadata) {
    return {};
  }
  const resourceVersion =
    typeof raw.metadata.resourceVersion === 'string'
      ? raw.metadata.resourceVersion
      : undefined;
  if (type === 'ADDED' || type === 'MODIFIED') {
    const object = storedObject(raw as KubeObject, resource);
    const key = objectKey(object);
    const previous = store.get(key);
    if (previous && sameVersion(previous, object)) {
      return { resourceVersion };
    }
    store.set(key, object);
    return {
      resourceVersion,
      change: { type: previous ? 'modified' : 'added', object },
    };
  }
  if (type === 'DELETED') {
    const object = storedObject(raw as KubeObject, resource);
    return store.delete(objectKey(object))
      ? { resourceVersion, change: { type: 'deleted', object } }
      : { resourceVersion };
  }
  return { resourceVersion };
}
