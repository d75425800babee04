/** Above this many changes at once, sorting again beats moving each changed item. */
const RESORT_THRESHOLD = 2_000;

/**
 * An array kept in a total order as items are replaced: a change costs a binary search and a splice, not a sort
 * of the whole fleet. Items are immutable records; a replaced item is found by its old record.
 */
export class SortedEntries<T> {
  private items: T[];

  constructor(
    items: Iterable<T>,
    private readonly compare: (a: T, b: T) => number,
  ) {
    this.items = [...items].sort(compare);
  }

  /** The items in order (do not modify). */
  get all(): readonly T[] {
    return this.items;
  }

  /** Removes the `removed` records and inserts the `added` ones. */
  apply(removed: readonly T[], added: readonly T[]): void {
    if (removed.length + added.length > RESORT_THRESHOLD) {
      const gone = new Set(removed);
      this.items = this.items.filter(item => !gone.has(item));
      this.items.push(...added);
      this.items.sort(this.compare);
      return;
    }
    for (const item of removed) {
      const at = this.lowerBound(item);
      // equal keys are impossible in a total order, but an identity check keeps a wrong comparator harmless
      const index = this.items[at] === item ? at : this.items.indexOf(item);
      if (index >= 0) this.items.splice(index, 1);
    }
    for (const item of added) {
      this.items.splice(this.lowerBound(item), 0, item);
    }
  }

  private lowerBound(item: T): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.items[mid], item) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * The index of the first item of a sorted array that comes after a key: `compareTo(item)` compares an item with the
 * key (negative when the item comes first). A keyset cursor resumes there even after items moved or went away.
 */
export function firstAfter<T>(
  items: readonly T[],
  compareTo: (item: T) => number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareTo(items[mid]) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
