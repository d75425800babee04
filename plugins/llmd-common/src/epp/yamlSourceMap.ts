import {
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { EppPath } from './eppDiagnostic';

/**
 * 1-based line and column.
 *
 * @public
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps a path in the document to the position of its node, or of the deepest ancestor that exists.
 *
 * @public
 */
export type LocatePath = (path: EppPath) => SourcePosition | undefined;

/**
 * Builds a path locator over a parsed YAML document. For a path ending at a map entry it points at the key, which is
 * where people look for the field; a missing tail falls back to the nearest existing parent.
 */
export function createYamlSourceMap(
  contents: unknown,
  lineCounter: LineCounter,
): LocatePath {
  const positionOf = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset);
  // Each map is indexed on first use: a config with thousands of unknown keys has as many findings, and searching
  // the map's items for each would be quadratic. The first pair wins, as a search in order would find it.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (!isScalar(item.key)) continue;
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return path => {
    let node: unknown = contents;
    let best = positionOf((node as Node | null)?.range?.[0]);
    for (const segment of path) {
      let next: unknown;
      let keyOffset: number | undefined;
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        next = pair?.value;
        keyOffset = (pair?.key as Node | undefined)?.range?.[0];
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const offset = keyOffset ?? (next as Node | null | undefined)?.range?.[0];
      if (offset === undefined) {
        break;
      }
      best = positionOf(offset);
      node = next;
    }
    return best && { line: best.line, column: best.col };
  };
}
