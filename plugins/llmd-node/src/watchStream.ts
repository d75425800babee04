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
    const { signal } = options;
    if (signal.aborted) {
      resolve({ type: 'stopped' });
      return;
    }
    let settled = false;
    let opened = false;
    let openedAt = 0;
    let events = 0;
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    // Aborted when the stream ends, which removes the stop listener.
    const cleanup = new AbortController();
    const finish = (end: WatchEnd) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      cleanup.abort();
      controller?.abort();
      resolve(end);
    };
    const arm = (ms: number, reason: string) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => finish({ type: 'error', error: new Error(reason) }),
        ms,
      );
    };
    signal.addEventListener('abort', () => finish({ type: 'stopped' }), {
      signal: cleanup.signal,
    });
    arm(
      options.openTimeoutMs,
      `opening the watch timed out after ${options.openTimeoutMs} ms`,
    );

    const onLine = (type: string, object: unknown) => {
      if (settled) {
        return;
      }
      events += 1;
      arm(options.idleTimeoutMs, 'the watch went silent');
      let end: WatchEnd | undefined;
      try {
        end = options.onEvent(type, object);
      } catch (error) {
        // client-node's Watch swallows exceptions of the callback (it treats them as JSON parse errors); end the
        // stream instead so the failure shows in health and logs rather than as silently missed events.
        end = { type: 'error', error };
      }
      if (end) {
        finish(end);
      }
    };
    const onDone = (error: unknown) => {
      if (statusCodeOf(error) === 410) {
        finish({ type: 'gone' });
      } else if (opened) {
        // A stream that breaks after it was accepted (reset, premature close) is treated like a server-side
        // timeout: resume from the last resourceVersion. If the server is really gone, reopening fails.
        finish({ type: 'closed', events, openMs: Date.now() - openedAt });
      } else {
        finish({ type: 'error', error: error ?? new Error('watch closed') });
      }
    };

    options.watch
      .watch(
        options.path,
        {
          allowWatchBookmarks: true,
          resourceVersion: options.resourceVersion || undefined,
          timeoutSeconds: options.timeoutSeconds,
        },
        onLine,
        onDone,
      )
      .then(
        c => {
          controller = c;
          if (settled) {
            c.abort();
            return;
          }
          opened = true;
          openedAt = Date.now();
          arm(options.idleTimeoutMs, 'the watch went silent');
          options.onOpen();
        },
        error => finish({ type: 'error', error }),
      );
  });
}
