import { firstAfter, SortedEntries } from './SortedEntries';

interface Item {
  readonly key: number;
  readonly id: number;
}
const compare = (a: Item, b: Item) => a.key - b.key || a.id - b.id;

/** A deterministic pseudo-random sequence (no flaky test). */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('SortedEntries', () => {
  it.each([
    ['one at a time', 1],
    ['in batches larger than a re-sort', 2_500],
  ])('stays sorted as items are replaced, %s', (_, batch) => {
    const random = sequence(batch);
    let current = Array.from({ length: 3_000 }, (_x, id) => ({
      id,
      key: Math.floor(random() * 50),
    }));
    const sorted = new SortedEntries(current, compare);
    for (let round = 0; round < 4; round++) {
      const removed: Item[] = [];
      const added: Item[] = [];
      for (let n = 0; n < batch; n++) {
        const index = Math.floor(random() * current.length);
        const old = current[index];
        // one change per item and batch, as a flush makes them
        if (added.includes(old)) continue;
        const next = { id: old.id, key: Math.floor(random() * 50) };
        removed.push(old);
        added.push(next);
        current = current.map(item => (item === old ? next : item));
      }
      sorted.apply(removed, added);
      expect(sorted.all).toEqual([...current].sort(compare));
    }
  });

  it('finds where a page resumes after a key, present or not', () => {
    const items = [1, 3, 3, 5].map((key, id) => ({ key, id }));
    const after = (key: Item) => firstAfter(items, item => compare(item, key));
    expect(after({ key: 3, id: 1 })).toBe(2);
    expect(after({ key: 4, id: 0 })).toBe(3);
    expect(after({ key: 0, id: 0 })).toBe(0);
    expect(after({ key: 9, id: 0 })).toBe(4);
  });
});
