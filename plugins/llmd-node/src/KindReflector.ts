import { abortableSleep } from './abortableSleep';
import { applyWatchEvent } from './applyWatchEvent';
import { Backoff } from './Backoff';
import { describeKubeError } from './describeKubeError';
import type { KindReflectorOptions } from './KindReflectorOptions';
import { listAllPages } from './listAllPages';
import {
  INITIAL_REFLECTOR_STATE,
  type ReflectorState,
  reportedStateChanged,
} from './ReflectorState';
import { ReflectorStore } from './ReflectorStore';
import { diffSnapshot } from './snapshotDiff';
import { statusCodeOf } from './statusCodeOf';
import type { KubeObject } from './types';
import { runWatchStream, type WatchEnd } from './runWatchStream';
import {
  collectionPath,
  describeResource,
  type WatchedResource,
} from './watchedResources';

/**
 * Keeps a store of one resource in sync with an API server, the way client-go's reflector does: a paged list, then
 * a watch from the list's resourceVersion with bookmarks, resumed from the last seen resourceVersion when it ends,
 * and a fresh list when the server answers 410 Gone.
 *
 * Written on client-node's `Watch` and generated list calls rather than its `ListWatch`, because `ListWatch` lists
 * without paging, does not ask for bookmarks, applies deletions from any list, stops on the first error and has no
 * timeouts (see README, "Design").
 *
 * The store is only ever replaced by a complete list: a failing server leaves it as it was.
 */
export class KindReflector {
  private readonly store = new ReflectorStore();
  private resourceVersion = '';
  private current: ReflectorState = INITIAL_REFLECTOR_STATE;
  private readonly stopController = new AbortController();
  private readonly backoff: Backoff;
  private readonly random: () => number;
  private running?: Promise<void>;
  /** Aborted by {@link KindReflector.retryNow} to cut a slow retry short. */
  private wake = new AbortController();

  constructor(private readonly options: KindReflectorOptions) {
    this.random = options.random ?? Math.random;
    this.backoff = new Backoff({
      initialMs: options.tuning.backoffInitialMs,
      maxMs: options.tuning.backoffMaxMs,
      random: this.random,
    });
  }

  /** Starts listing and watching in the background (idempotent). */
  start(): void {
    if (!this.running) {
      this.running = this.run().catch(error =>
        // The loop handles its own errors; reaching this is a bug, never a server failure.
        this.options.logger.error(
          `Watch loop of ${describeResource(
            this.options.resource,
          )} crashed: ${error}`,
        ),
      );
    }
  }

  /** Stops watching and resolves when no request of this reflector is pending any more. */
  async stop(): Promise<void> {
    this.stopController.abort();
    await this.running;
  }

  get state(): ReflectorState {
    return this.current;
  }

  get resource(): WatchedResource {
    return this.options.resource;
  }

  /** Ends a pending retry now (e.g. the CRD of a kind not served so far was just installed). */
  retryNow(): void {
    this.wake.abort();
  }

  get(namespace: string, name: string): KubeObject | undefined {
    return this.store.get(`${namespace}/${name}`);
  }

  /** Every object, or those of one namespace ('' for cluster-scoped objects). */
  list(namespace?: string): KubeObject[] {
    return this.store.list(namespace);
  }

  get size(): number {
    return this.store.size;
  }

  private get stopped(): boolean {
    return this.stopController.signal.aborted;
  }

  private async run(): Promise<void> {
    let needList = true;
    while (!this.stopped) {
      if (needList) {
        try {
          this.update({ listing: true });
          await this.relist();
          needList = false;
          this.backoff.reset();
        } catch (error) {
          this.update({ listing: false });
          if (this.stopped) {
            return;
          }
          this.fail(error, 'list');
          await this.sleepAfterListFailure(statusCodeOf(error));
        }
        continue;
      }
      const end = await this.watchOnce();
      switch (end.type) {
        case 'stopped':
          return;
        case 'gone':
          // Our resourceVersion is older than the server's history: only a fresh list can catch up.
          needList = true;
          break;
        case 'closed':
          if (end.events > 0 || end.openMs >= 1000) {
            this.backoff.reset();
          } else {
            // Accepted and closed at once, repeatedly: do not spin.
            await this.sleep(this.backoff.next());
          }
          break;
        default:
          this.fail(end.error, 'watch');
          // A kind that became unavailable is found out by listing (and then retried slowly).
          needList ||= this.unavailable(statusCodeOf(end.error));
          await this.sleep(this.backoff.next());
      }
    }
  }

  /** Lists every page, then replaces the store in one step and reports the difference. */
  private async relist(): Promise<void> {
    const { client, resource, tuning } = this.options;
    const { items, resourceVersion } = await listAllPages(client, resource, {
      pageSize: tuning.pageSize,
      timeoutMs: tuning.requestTimeoutMs,
      signal: this.stopController.signal,
    });
    if (this.stopped) {
      return;
    }
    this.replaceStore(items);
    this.resourceVersion = resourceVersion;
    this.update({
      listed: true,
      listing: false,
      attempted: true,
      failing: false,
      lastError: undefined,
      lastStatus: undefined,
      lastSync: Date.now(),
    });
    this.options.onListed();
  }

  private async watchOnce(): Promise<WatchEnd> {
    const { tuning } = this.options;
    // Spread renewals over [t, 2t) like client-go, so watches of many kinds do not all reconnect together.
    const timeoutSeconds = Math.floor(
      tuning.watchTimeoutSeconds * (1 + this.random()),
    );
    const end = await runWatchStream({
      watch: this.options.client.watch,
      path: collectionPath(this.options.resource),
      resourceVersion: this.resourceVersion,
      timeoutSeconds,
      openTimeoutMs: tuning.requestTimeoutMs,
      // The server closes the stream after timeoutSeconds; silence well beyond that means a dead connection.
      idleTimeoutMs: (timeoutSeconds + 30) * 1000,
      signal: this.stopController.signal,
      onOpen: () =>
        this.update({
          watching: true,
          failing: false,
          lastError: undefined,
          lastStatus: undefined,
        }),
      onEvent: (type, object) => this.onWatchEvent(type, object),
    });
    if (end.type !== 'closed') {
      // A normal end is followed by an immediate resume: do not report a disconnect for it.
      this.update({ watching: false });
    }
    return end;
  }

  private onWatchEvent(type: string, raw: unknown): WatchEnd | undefined {
    const result = applyWatchEvent(
      this.store,
      this.options.resource,
      type,
      raw,
    );
    if (result.end) {
      return result.end;
    }
    if (result.resourceVersion) {
      this.resourceVersion = result.resourceVersion;
    }
    this.current = { ...this.current, lastSync: Date.now() };
    if (result.change) {
      this.options.onChange(result.change.type, result.change.object);
    }
    return undefined;
  }

  private fail(error: unknown, during: 'list' | 'watch'): void {
    const message = `${during} ${describeResource(
      this.options.resource,
    )}: ${describeKubeError(error, this.options.client.secrets)}`;
    const status = statusCodeOf(error);
    if (!this.current.failing || this.current.lastError !== message) {
      if (status === 404 && this.options.unavailableRetryMs !== undefined) {
        this.options.logger.info(`Cluster cache: ${message} (not installed)`);
      } else {
        this.options.logger.warn(`Cluster cache: ${message}`);
      }
    }
    this.update({
      failing: true,
      attempted: true,
      watching: false,
      lastError: message,
      lastStatus: status,
    });
  }

  /** Backs off, or for an unavailable kind (403/404) waits long, emptying the store of a kind no longer served. */
  private async sleepAfterListFailure(
    status: number | undefined,
  ): Promise<void> {
    const slowMs = this.options.unavailableRetryMs;
    if (slowMs === undefined || !this.unavailable(status)) {
      await this.sleep(this.backoff.next());
      return;
    }
    if (status === 404) {
      // Its CRD is gone, so are its objects.
      this.replaceStore([]);
      this.resourceVersion = '';
    }
    await this.sleep(Math.round(slowMs * (0.75 + this.random() / 2)));
  }

  /** Whether a failure means the kind is unavailable (only for kinds a cluster may lack or forbid). */
  private unavailable(status: number | undefined): boolean {
    return (
      this.options.unavailableRetryMs !== undefined &&
      (status === 403 || status === 404)
    );
  }

  /** Replaces the store with a complete list and reports the difference. */
  private replaceStore(items: readonly KubeObject[]): void {
    const diff = diffSnapshot(this.store.asMap(), items);
    this.store.replace(diff.next);
    for (const change of ['added', 'modified', 'deleted'] as const) {
      diff[change].forEach(object => this.options.onChange(change, object));
    }
  }

  private update(change: Partial<ReflectorState>): void {
    const next = { ...this.current, ...change };
    const changed = reportedStateChanged(this.current, next);
    this.current = next;
    if (changed) {
      this.options.onStateChange();
    }
  }

  /** Sleeps until stopped or woken by {@link KindReflector.retryNow}. */
  private sleep(ms: number): Promise<void> {
    this.wake = new AbortController();
    return abortableSleep(
      ms,
      AbortSignal.any([this.stopController.signal, this.wake.signal]),
    );
  }
}
