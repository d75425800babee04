import { StoreEvent } from './ObjectStore';

/**
 * The last N store events, for watches that resume from a resourceVersion. Like the API server's watch cache
 * in front of a compacting etcd: a resume point older than the retained window is "too old" (410 Expired).
 */
export class EventHistory {
  private events: StoreEvent[] = [];
  private start = 0;
  /** The smallest revision a watch can resume from; older ones get 410. */
  private oldestResumable: number;

  /** @param startRevision - the revision before the first event this history will see */
  constructor(private readonly capacity: number, startRevision = 0) {
    this.oldestResumable = startRevision;
  }

  add(event: StoreEvent): void {
    this.events.push(event);
    if (this.events.length - this.start > this.capacity) {
      // Resuming from revision r needs every event after r, so r must be at least the evicted revision.
      this.oldestResumable = this.events[this.start].revision;
      this.start++;
      // Compact the array now and then instead of shifting on every event.
      if (this.start > this.capacity) {
        this.events = this.events.slice(this.start);
        this.start = 0;
      }
    }
  }

  /** Forgets every event; resuming from a revision below `resumableFrom` then gets 410. */
  clear(resumableFrom: number): void {
    this.events = [];
    this.start = 0;
    this.oldestResumable = resumableFrom;
  }

  /** Whether a watch can resume from `revision` (all later events are retained). */
  canResumeFrom(revision: number): boolean {
    return revision >= this.oldestResumable;
  }

  get oldestRevision(): number {
    return this.oldestResumable;
  }

  /** The retained events after `revision`, oldest first. */
  since(revision: number): StoreEvent[] {
    let lo = this.start;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.events[mid].revision <= revision) lo = mid + 1;
      else hi = mid;
    }
    return this.events.slice(lo);
  }
}
