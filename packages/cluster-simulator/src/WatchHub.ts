import { ServerResponse } from 'node:http';
import { EventHistory } from './EventHistory';
import { ObjectStore, StoreEvent } from './ObjectStore';
import { badRequest, expired, StatusError } from './StatusError';
import { Watcher, WatchFilter } from './Watcher';

/** Parameters of a watch request besides its filter. */
export interface WatchStart {
  filter: WatchFilter;
  /** The `resourceVersion` query parameter ('' when absent). */
  resourceVersion: string;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
  timeoutSeconds?: number;
}

/**
 * Open watches and the event history. Each store event goes only to the watches of its resource; every
 * watch of a simulator shares one bookmark timer.
 */
export class WatchHub {
  private readonly history: EventHistory;
  private readonly byResource = new Map<string, Set<Watcher>>();
  private readonly bookmarkTimer: NodeJS.Timeout;
  private compacted = 0;

  constructor(
    private readonly store: ObjectStore,
    options: { historySize: number; bookmarkIntervalMs: number },
  ) {
    this.history = new EventHistory(options.historySize, store.currentRevision);
    store.onEvent(event => this.dispatch(event));
    this.bookmarkTimer = setInterval(
      () => this.sendBookmarks(),
      options.bookmarkIntervalMs,
    );
    this.bookmarkTimer.unref();
  }

  /** Number of open watches. */
  get size(): number {
    let n = 0;
    for (const set of this.byResource.values()) n += set.size;
    return n;
  }

  /** Continue tokens of lists older than this revision were invalidated by {@link WatchHub.expire}. */
  get compactedRevision(): number {
    return this.compacted;
  }

  /**
   * Starts a watch on `res`: initial ADDED events (no resourceVersion) or the retained events after the given
   * one, then live events. A resourceVersion older than the history gets an ERROR event with a 410 Status
   * and the stream ends, which is what the API server does and what informers relist on.
   *
   * @throws StatusError 400 for a malformed resourceVersion, 504 for one from the future
   */
  start(request: WatchStart, res: ServerResponse): void {
    const current = this.store.currentRevision;
    const replayFrom = replayRevision(request.resourceVersion, current);
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, private',
    });
    res.flushHeaders();
    const watcher = new Watcher(request.filter, request.allowBookmarks, res);
    if (replayFrom !== undefined && !this.history.canResumeFrom(replayFrom)) {
      const error = expired(
        `too old resource version: ${replayFrom} (${this.history.oldestRevision})`,
      );
      watcher.sendError(error.toStatus());
      watcher.end();
      return;
    }
    this.sendStartingEvents(watcher, request, replayFrom, current);
    this.add(watcher);
    res.on('close', () => this.remove(watcher));
    if (request.timeoutSeconds !== undefined) {
      watcher.timer = setTimeout(() => {
        if (watcher.bookmarks) watcher.sendBookmark(this.store.currentRevision);
        watcher.end();
      }, request.timeoutSeconds * 1000);
    }
  }

  /** Closes every watch: gracefully (stream ends) or abruptly (socket destroyed). */
  dropAll(graceful: boolean): void {
    for (const watcher of this.all()) {
      if (graceful) watcher.end();
      else watcher.destroy();
    }
  }

  /**
   * Forgets the history like a compaction: open watches get a 410 ERROR event and end, and resuming from any
   * resourceVersion up to now gets 410. The revision is advanced so a fresh list returns a usable one.
   */
  expire(): void {
    const compacted = this.store.currentRevision;
    this.compacted = this.store.skipRevision();
    this.history.clear(this.compacted);
    const status = expired(
      `too old resource version: ${compacted} (${this.history.oldestRevision})`,
    ).toStatus();
    for (const watcher of this.all()) {
      watcher.sendError(status);
      watcher.end();
    }
  }

  /** Closes all watches and the bookmark timer. */
  close(): void {
    clearInterval(this.bookmarkTimer);
    this.dropAll(false);
  }

  /** The current objects as ADDED events (then the initial-events bookmark), or the retained events after `replayFrom`. */
  private sendStartingEvents(
    watcher: Watcher,
    request: WatchStart,
    replayFrom: number | undefined,
    current: number,
  ): void {
    if (replayFrom === undefined || request.sendInitialEvents) {
      const { type, namespace } = request.filter;
      for (const object of this.store.list(type, namespace)) {
        if (watcher.selects(object)) watcher.sendObject('ADDED', object);
      }
      if (request.sendInitialEvents && request.allowBookmarks) {
        watcher.sendBookmark(current, true);
      }
    } else {
      const key = request.filter.type.storageKey;
      for (const event of this.history.since(replayFrom)) {
        if (event.storageKey === key) watcher.deliver(event);
      }
    }
  }

  private dispatch(event: StoreEvent): void {
    this.history.add(event);
    const watchers = this.byResource.get(event.storageKey);
    if (!watchers) return;
    for (const watcher of watchers) {
      watcher.deliver(event);
    }
  }

  private sendBookmarks(): void {
    const revision = this.store.currentRevision;
    for (const watcher of this.all()) {
      if (watcher.bookmarks) watcher.sendBookmark(revision);
    }
  }

  private add(watcher: Watcher): void {
    const key = watcher.filter.type.storageKey;
    let set = this.byResource.get(key);
    if (!set) {
      set = new Set();
      this.byResource.set(key, set);
    }
    set.add(watcher);
  }

  private remove(watcher: Watcher): void {
    clearTimeout(watcher.timer);
    this.byResource.get(watcher.filter.type.storageKey)?.delete(watcher);
  }

  private all(): Watcher[] {
    return [...this.byResource.values()].flatMap(set => [...set]);
  }
}

/**
 * The revision a watch resumes after; undefined for '' and '0' (start from the current state).
 *
 * @throws StatusError 400 for a malformed resourceVersion, 504 for one from the future
 */
function replayRevision(rv: string, current: number): number | undefined {
  if (rv === '' || rv === '0') return undefined;
  if (!/^\d+$/.test(rv)) {
    throw badRequest(`invalid resource version: "${rv}"`);
  }
  const replayFrom = Number(rv);
  if (replayFrom > current) {
    throw new StatusError(
      504,
      `Too large resource version: ${rv}, current: ${current}`,
      'Timeout',
      {
        causes: [
          {
            reason: 'ResourceVersionTooLarge',
            message: 'Too large resource version',
          },
        ],
        retryAfterSeconds: 1,
      },
    );
  }
  return replayFrom;
}
