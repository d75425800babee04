import { JsonSchema } from '../types';

/**
 * A set of schemas stored compactly: `description`s dropped and every repeated subtree of at least
 * {@link MIN_FRAGMENT_LENGTH} characters stored once in `fragments` and referenced as `{"$frag": n}`.
 * The LLMInferenceService CRDs repeat a full PodSpec a dozen times, so this shrinks the bundled catalog
 * about fivefold without changing what any schema accepts.
 */
export interface CompactSchemas {
  readonly schemas: unknown[];
  readonly fragments: unknown[];
}

/** Subtrees shorter than this (serialised) are left inline: a reference would not save much. */
export const MIN_FRAGMENT_LENGTH = 400;

const FRAGMENT_KEY = '$frag';

/** Keywords whose value maps names to schemas (the names are data, never keywords). */
const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
]);
/** Keywords whose value is a schema or an array of schemas. */
const SCHEMA_VALUES = new Set([
  'items',
  'additionalProperties',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
  'additionalItems',
]);

/**
 * A copy of an OpenAPI v3 schema without `description` keywords. Only schema positions are visited,
 * so a *property* named `description` is kept, as are `default`, `enum`, `example` and the
 * `x-kubernetes-*` values.
 */
export function stripDescriptions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripDescriptions);
  if (!isObject(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description') continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [
          name,
          stripDescriptions(sub),
        ]),
      );
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = stripDescriptions(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Stores `schemas` with their repeated subtrees shared (see {@link CompactSchemas}). Deterministic: the same
 * input gives byte-identical output, so a generated file can be checked for being current.
 */
export function compactSchemas(schemas: readonly unknown[]): CompactSchemas {
  const counts = new Map<string, number>();
  const countSubtrees = (node: unknown): string => {
    const text = JSON.stringify(node);
    if (node !== null && typeof node === 'object') {
      for (const child of Object.values(node)) countSubtrees(child);
      if (text.length >= MIN_FRAGMENT_LENGTH) {
        counts.set(text, (counts.get(text) ?? 0) + 1);
      }
    }
    return text;
  };
  schemas.forEach(countSubtrees);

  const fragments: unknown[] = [];
  const ids = new Map<string, number>();
  // Function declarations (hoisted): replace and rebuild call each other.
  function rebuild(node: object): unknown {
    return Array.isArray(node)
      ? node.map(child => replace(child, false))
      : Object.fromEntries(
          Object.entries(node).map(([k, v]) => [k, replace(v, false)]),
        );
  }
  function replace(node: unknown, isRoot: boolean): unknown {
    if (node === null || typeof node !== 'object') return node;
    const text = JSON.stringify(node);
    if (!isRoot && (counts.get(text) ?? 0) > 1) {
      let id = ids.get(text);
      if (id === undefined) {
        id = fragments.length;
        ids.set(text, id);
        fragments.push(undefined); // reserve the slot before the children take theirs
        fragments[id] = rebuild(node);
      }
      return { [FRAGMENT_KEY]: id };
    }
    return rebuild(node);
  }
  return { schemas: schemas.map(s => replace(s, true)), fragments };
}

/**
 * Expands one compact schema back to a plain schema. Fragments are expanded once and shared between the
 * places that use them, so callers must treat the result as read-only.
 */
export function expandSchema(
  compact: unknown,
  fragments: readonly unknown[],
  expanded: Map<number, unknown> = new Map(),
): unknown {
  const expand = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(expand);
    if (!isObject(node)) return node;
    const id = fragmentId(node);
    if (id !== undefined) {
      let value = expanded.get(id);
      if (value === undefined) {
        if (id >= fragments.length) {
          throw new Error(
            `bundled CRD schema refers to missing fragment ${id}`,
          );
        }
        value = expand(fragments[id]);
        expanded.set(id, value);
      }
      return value;
    }
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, expand(v)]),
    );
  };
  return expand(compact);
}

function fragmentId(node: JsonSchema): number | undefined {
  const keys = Object.keys(node);
  const id = node[FRAGMENT_KEY];
  return keys.length === 1 && typeof id === 'number' ? id : undefined;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
