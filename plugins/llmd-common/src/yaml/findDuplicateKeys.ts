import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A key that repeats an earlier key of the same mapping: the text offset where the repeated key starts. */
interface DuplicateKey {
  readonly offset: number;
}

/**
 * Finds every mapping key that repeats an earlier key of its mapping, with one Set per mapping. The `yaml` package's
 * own check (`uniqueKeys: true`) compares each key with every earlier one, which is quadratic in the keys of a map:
 * a 1 MB config of 13 k keys took seconds and stalled the event loop. Keys are equal as in that check: scalars with
 * the same value (so `1` and `"1"` differ); collection keys are never equal to another key. Aliases are not
 * followed, since their target is checked where it is defined.
 */
export function findDuplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // an explicit stack: nesting depth is the input's to choose, the call stack is not
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          if (seen.has(key.value)) {
            found.push({ offset: key.range?.[0] ?? 0 });
          } else {
            seen.add(key.value);
          }
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      // one push per item: spreading a sequence of 100 k items would overflow the argument list
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
