import { JsonSchema } from './types';

/** Keywords whose value is a single subschema. */
const SINGLE = [
  'items',
  'additionalProperties',
  'not',
  'propertyNames',
] as const;
/** Keywords whose value is a list of subschemas. */
const LIST = ['anyOf', 'oneOf', 'allOf'] as const;

/**
 * Moves subschemas that occur more than once into `definitions` and replaces them with `$ref`.
 *
 * Why: CRDs embed the same big structures many times (an LLMInferenceService version contains
 * about six PodSpecs, each with three container lists, each container with three probes). Ajv
 * generates code for every copy, which took 4–6 s per version; compiled with `inlineRefs: false`,
 * each shared definition becomes one function and compilation drops to well under a second.
 *
 * Identity is structural: two subschemas are the same when they serialise identically once their
 * own children are replaced by ids, so the work is linear in the schema size.
 *
 * @param minNodes - only subschemas with at least this many schema nodes are worth a function call.
 * @public
 */
export function hoistRepeatedSubschemas(
  root: JsonSchema,
  minNodes = 8,
): JsonSchema {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const sizes: number[] = [];
  const idOf = new Map<JsonSchema, number>();

  const assign = (node: JsonSchema): number => {
    let size = 1;
    const shallow = mapChildren(node, child => {
      const id = assign(child);
      size += sizes[id];
      return { $id_: id };
    });
    const key = JSON.stringify(shallow);
    let id = ids.get(key);
    if (id === undefined) {
      id = counts.length;
      ids.set(key, id);
      counts.push(0);
      sizes.push(size);
    }
    counts[id]++;
    idOf.set(node, id);
    return id;
  };
  assign(root);

  // Occurrences once every repeated subschema is expanded only once: a subschema that repeats only
  // because its parent repeats gets a single copy inside the parent's definition, not its own.
  const isCandidate = (id: number) => counts[id] > 1 && sizes[id] >= minNodes;
  const uses = new Map<number, number>();
  const countUses = (node: JsonSchema): void => {
    const id = idOf.get(node)!;
    const n = (uses.get(id) ?? 0) + 1;
    uses.set(id, n);
    if (n > 1 && isCandidate(id)) return;
    mapChildren(node, child => {
      countUses(child);
      return child;
    });
  };
  countUses(root);

  const definitions: Record<string, JsonSchema> = {};
  const build = (node: JsonSchema, isRoot: boolean): JsonSchema => {
    const id = idOf.get(node)!;
    if (!isRoot && isCandidate(id) && uses.get(id)! > 1) {
      const name = `s${id}`;
      if (!(name in definitions)) {
        definitions[name] = mapChildren(node, child => build(child, false));
      }
      return { $ref: `#/definitions/${name}` };
    }
    return mapChildren(node, child => build(child, false));
  };
  const out = build(root, true);
  return Object.keys(definitions).length > 0 ? { ...out, definitions } : out;
}

/** Shallow copy of a schema node with every direct subschema passed through `fn`. */
function mapChildren(
  node: JsonSchema,
  fn: (child: JsonSchema) => JsonSchema,
): JsonSchema {
  const out: JsonSchema = { ...node };
  if (isSchema(node.properties)) {
    const props: Record<string, JsonSchema> = {};
    for (const [key, child] of Object.entries(
      node.properties as Record<string, JsonSchema>,
    )) {
      props[key] = fn(child);
    }
    out.properties = props;
  }
  for (const keyword of SINGLE) {
    if (isSchema(node[keyword])) out[keyword] = fn(node[keyword] as JsonSchema);
  }
  for (const keyword of LIST) {
    if (Array.isArray(node[keyword]))
      out[keyword] = (node[keyword] as JsonSchema[]).map(fn);
  }
  return out;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
