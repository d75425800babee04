import type { Watch } from '@kubernetes/client-node';
import { statusCodeOf } from './statusCodeOf';

/** How a watch stream ended. */
export type WatchEnd =
  /** The caller stopped the reflector. */
  | { readonly type: 'stopped' }
  /** The stream ended after it had been open: the normal end of a watch (server timeout, dropped connection). */
  | {
      readonly type: 'closed';
      readonly events: number;
      readonly openMs: number;
    }
  /** The resourceVersion is too old (410 Gone): the caller must relist. */
  | { readonly type: 'gone' }
  /** The watch could not be opened, or the server reported an error inside the stream. */
  | { readonly type: 'error'; readonly error: unknown };

/** Options of {@link runWatchStream}. */
export interface WatchStreamOptions {
  readonly watch: Watch;
  readonly path: string;
  readonly resourceVersion: string;
  /** Server-side timeout (`timeoutSeconds`). */
  readonly timeoutSeconds: number;
  /** Bound on waiting for the response headers. */
  readonly openTimeoutMs: number;
  /** The stream counts as dead after this long without a line (event or bookmark). */
  readonly idleTimeoutMs: number;
  /** Ends the stream with `stopped`. */
  readonly signal: AbortSignal;
  /** Called once the server accepted the watch (HTTP 200). */
  onOpen(): void;
  /**
   * Called per event; returning a {@link WatchEnd} ends the stream with it (used for `ERROR` events).
   */
  onEvent(type: string, object: any): WatchEnd | undefined;
}

/**
 * Runs one watch request through client-node's `Watch` and resolves when it ends, however it ends.
 *
 * `Watch.watch` in client-node 1.4 has no timeout of its own (its 30 s timeout signal is overwritten before use) and
 * resolves only after the response headers arrive, so this adds an open timeout and an idle watchdog, and aborts a
 * request that answers after it was given up.
 */
export function runWatchStream(options: WatchStreamOptions): Promise<WatchEnd> {
  return new Promise<WatchEnd>(resolve => {
    if (options.signal.aborted) {
      resolve({ type: 'stopped' });
      return;
    }
    const ending = createWatchEnding(options.signal, resolve);
    const progress: StreamProgress = { opened: false, openedAt: 0, events: 0 };
    ending.arm(
      options.openTimeoutMs,
      `opening the watch timed out after ${options.openTimeoutMs} ms`,
    );
    options.watch
      .watch(
        options.path,
        {
          allowWatchBookmarks: true,
          resourceVersion: options.resourceVersion || undefined,
          timeoutSeconds: options.timeoutSeconds,
        },
        lineHandler(options, ending, progress),
        doneHandler(ending, progress),
      )
      .then(
        controller => {
          if (!ending.adopt(controller)) {
            return;
          }
          progress.opened = true;
          progress.openedAt = Date.now();
          ending.arm(options.idleTimeoutMs, 'the watch went silent');
          options.onOpen();
        },
        error => ending.finish({ type: 'error', error }),
      );
  });
}

/** What a running stream has seen so far. */
interface StreamProgress {
  opened: boolean;
  openedAt: number;
  events: number;
}

/** Ends a stream once, with a watchdog that ends it as an error when it fires. */
interface WatchEnding {
  readonly settled: boolean;
  /** Resolves with `end` unless already settled; stops the watchdog and aborts the request. */
  finish(end: WatchEnd): void;
  /** (Re)starts the watchdog. */
  arm(ms: number, reason: string): void;
  /** Takes the request's controller; false (and aborts it) when the stream already ended. */
  adopt(controller: AbortController): boolean;
}

function createWatchEnding(
  signal: AbortSignal,
  resolve: (end: WatchEnd) => void,
): WatchEnding {
  let settled = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Aborted when the stream ends, which removes the stop listener.
  const cleanup = new AbortController();
  const ending: WatchEnding = {
    get settled() {
      return settled;
    },
    finish(end) {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      cleanup.abort();
      controller?.abort();
      resolve(end);
    },
    arm(ms, reason) {
      clearTimeout(timer);
      timer = setTimeout(
        () => ending.finish({ type: 'error', error: new Error(reason) }),
        ms,
      );
    },
    adopt(c) {
      controller = c;
      if (settled) {
        c.abort();
        return false;
      }
      return true;
    },
  };
  signal.addEventListener('abort', () => ending.finish({ type: 'stopped' }), {
    signal: cleanup.signal,
  });
  return ending;
}

/** Each line (event or bookmark) re-arms the idle watchdog and goes to `onEvent`, which may end the stream. */
function lineHandler(
  options: WatchStreamOptions,
  ending: WatchEnding,
  progress: StreamProgress,
) {
  return (type: string, object: unknown) => {
    if (ending.settled) {
      return;
    }
    progress.events += 1;
    ending.arm(options.idleTimeoutMs, 'the watch went silent');
    let end: WatchEnd | undefined;
    try {
      end = options.onEvent(type, object);
    } catch (error) {
      // client-node's Watch swallows exceptions of the callback (it treats them as JSON parse errors); end the
      // stream instead so the failure shows in health and logs rather than as silently missed events.
      end = { type: 'error', error };
    }
    if (end) {
      ending.finish(end);
    }
  };
}

/** How the end of the request maps to a {@link WatchEnd}. */
function doneHandler(ending: WatchEnding, progress: StreamProgress) {
  return (error: unknown) => {
    if (statusCodeOf(error) === 410) {
      ending.finish({ type: 'gone' });
    } else if (progress.opened) {
      // A stream that breaks after it was accepted (reset, premature close) is treated like a server-side
      // timeout: resume from the last resourceVersion. If the server is really gone, reopening fails.
      ending.finish({
        type: 'closed',
        events: progress.events,
        openMs: Date.now() - progress.openedAt,
      });
    } else {
      ending.finish({
        type: 'error',
        error: error ?? new Error('watch closed'),
      });
    }
  };
}
