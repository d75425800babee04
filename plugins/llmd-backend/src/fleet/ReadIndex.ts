/**
 * Who read what: each dependent (a fleet entry, a cluster's dialect) with the read keys of its last evaluation, and
 * the reverse index from a read key to its readers, so a change finds the dependents it reaches in one lookup.
 */
export class ReadIndex {
  private readonly readsOf = new Map<string, readonly string[]>();
  private readonly readers = new Map<string, Set<string>>();

  /** Replaces what `dependent` read (none: forgets it). */
  set(dependent: string, reads: readonly string[]): void {
    for (const read of this.readsOf.get(dependent) ?? []) {
      const set = this.readers.get(read);
      set?.delete(dependent);
      if (set?.size === 0) this.readers.delete(read);
    }
    if (reads.length === 0) {
      this.readsOf.delete(dependent);
      return;
    }
    this.readsOf.set(dependent, reads);
    for (const read of reads) {
      let set = this.readers.get(read);
      if (!set) {
        set = new Set();
        this.readers.set(read, set);
      }
      set.add(dependent);
    }
  }

  /** The dependents whose last evaluation made one of the reads. */
  readersOf(reads: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const read of reads) {
      for (const dependent of this.readers.get(read) ?? [])
        found.add(dependent);
    }
    return found;
  }
}
