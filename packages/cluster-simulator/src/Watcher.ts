import { ServerResponse } from 'node:http';
import { FieldRequirement, matchesFields } from './fieldSelector';
import { LabelSelector, matchesLabels } from './labelSelector';
import { StoreEvent } from './ObjectStore';
import { ResourceType } from './ResourceTable';
import { StoredObject } from './StoredObject';

/** A slow client whose unsent output exceeds this is disconnected, as the API server drops slow watchers. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** What one watch request selects. */
export interface WatchFilter {
  type: ResourceType;
  /** Only this namespace (namespaced requests). */
  namespace?: string;
  labelSelector: LabelSelector;
  fieldSelector: FieldRequirement[];
}

/** One open watch stream: newline-delimited JSON events over a chunked HTTP response. */
export class Watcher {
  private closed = false;
  timer?: NodeJS.Timeout;

  constructor(
    readonly filter: WatchFilter,
    readonly bookmarks: boolean,
    private readonly res: ServerResponse,
  ) {}

  get isClosed(): boolean {
    return this.closed || this.res.destroyed;
  }

  /** Whether `object` is in this watch's selection. */
  selects(object: StoredObject): boolean {
    const { namespace, labelSelector, fieldSelector } = this.filter;
    if (namespace !== undefined && object.namespace !== namespace) return false;
    if (labelSelector.length && !matchesLabels(labelSelector, object.labels))
      return false;
    return !fieldSelector.length || matchesFields(fieldSelector, object.object);
  }

  /**
   * Sends a store event, translated for selectors like the API server does: an object that starts matching
   * is ADDED, one that stops matching is DELETED.
   */
  deliver(event: StoreEvent): void {
    const now = this.selects(event.object);
    if (event.type !== 'MODIFIED' || !event.previous) {
      if (now) this.sendObject(event.type, event.object);
      return;
    }
    const before = this.selects(event.previous);
    if (now) this.sendObject(before ? 'MODIFIED' : 'ADDED', event.object);
    else if (before) this.sendObject('DELETED', event.object);
  }

  sendObject(type: string, object: StoredObject): void {
    this.sendLine(
      `{"type":"${type}","object":${object.toJson(
        this.filter.type.apiVersion,
      )}}\n`,
    );
  }

  sendBookmark(revision: number, initialEventsEnd = false): void {
    const { kind, apiVersion } = this.filter.type;
    const metadata: Record<string, unknown> = {
      resourceVersion: String(revision),
    };
    if (initialEventsEnd) {
      metadata.annotations = { 'k8s.io/initial-events-end': 'true' };
    }
    this.sendLine(
      `${JSON.stringify({
        type: 'BOOKMARK',
        object: { kind, apiVersion, metadata },
      })}\n`,
    );
  }

  /** Sends an ERROR event carrying a Status object. */
  sendError(status: Record<string, unknown>): void {
    this.sendLine(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
  }

  /** Ends the stream normally (the client sees the watch close and may resume). */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.res.end();
  }

  /** Drops the connection without ending the stream (the client sees a network error). */
  destroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.res.destroy();
  }

  private sendLine(line: string): void {
    if (this.isClosed) return;
    this.res.write(line);
    if (this.res.writableLength > MAX_BUFFERED_BYTES) {
      this.destroy();
    }
  }
}
