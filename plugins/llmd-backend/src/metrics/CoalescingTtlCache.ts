/** An entry: the value's promise and when it stops being served. */
interface Entry<V> {
  readonly value: Promise<V>;
  expiresAt: number;
}

/** Above this many entries, expired ones are dropped on the next insert. */
const PRUNE_ABOVE = 1000;

/**
 * Values loaded once per key and kept for a while; callers asking while a load runs share it. A failed load is not
 * kept (the next caller tries again) but is shared by the callers that waited for it.
 */
export class CoalescingTtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly now: () => number) {}

  /**
   * The value of `key`: kept, being loaded, or loaded now with `load`. It is kept `ttlMs(value)` milliseconds after
   * the load ends.
   */
  get(
    key: string,
    ttlMs: (value: V) => number,
    load: () => Promise<V>,
  ): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) return entry.value;
    if (this.entries.size > PRUNE_ABOVE) this.prune();
    const created: Entry<V> = {
      value: load().then(
        value => {
          created.expiresAt = this.now() + ttlMs(value);
          return value;
        },
        error => {
          if (this.entries.get(key) === created) this.entries.delete(key);
          throw error;
        },
      ),
      // while loading, every caller joins the load
      expiresAt: Number.POSITIVE_INFINITY,
    };
    this.entries.set(key, created);
    return created.value;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
  }
}
