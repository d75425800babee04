import { JsonSchema } from './types';
import { objectMetaSchema, NameFormat } from './objectMetaSchema';

/** Keywords copied unchanged from the Kubernetes OpenAPI v3 subset to the JSON schema. */
const COPIED_KEYWORDS = [
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
] as const;

/**
 * Options for {@link toStrictJsonSchema}.
 *
 * @public
 */
export interface StrictSchemaOptions {
  apiVersion: string;
  kind: string;
  /** Format of metadata.name; CRD objects use DNS-1123 subdomains. */
  nameFormat?: NameFormat;
}

/**
 * Converts a CRD version's `openAPIV3Schema` into a JSON schema that behaves like the API server
 * with strict field validation (`kubectl apply --validate=strict`):
 *
 * - every structural object schema that is not `x-kubernetes-preserve-unknown-fields: true` gets
 *   `additionalProperties: false`, because the server would prune and (strictly) reject unknown
 *   fields; this includes `type: object` without properties, which the server treats as empty;
 * - `x-kubernetes-int-or-string` accepts integers and strings;
 * - `x-kubernetes-embedded-resource` objects additionally allow `apiVersion`, `kind`, `metadata`;
 * - `nullable: true` adds `null` to the allowed types; without it null is rejected (the validator
 *   prunes null object fields first, as the server does, so this matters for list items);
 * - OpenAPI's boolean `exclusiveMinimum`/`exclusiveMaximum` become draft-07 numbers;
 * - `x-kubernetes-validations` (CEL), `format`, list-type/map-key uniqueness and defaults are
 *   ignored: they need the API server's CEL and format libraries; a manifest that passes here can
 *   still be rejected by such rules on a real cluster;
 * - `apiVersion` and `kind` must equal the given values and `metadata` is checked against a small
 *   built-in ObjectMeta schema (unknown metadata fields rejected).
 *
 * @public
 */
export function toStrictJsonSchema(
  openAPIV3Schema: JsonSchema,
  options: StrictSchemaOptions,
): JsonSchema {
  const root = convert(openAPIV3Schema, true);
  const properties = {
    ...((root.properties as Record<string, JsonSchema>) ?? {}),
  };
  properties.apiVersion = { const: options.apiVersion };
  properties.kind = { const: options.kind };
  properties.metadata = objectMetaSchema({
    nameFormat: options.nameFormat ?? 'subdomain',
    requireName: true,
  });
  const required = new Set([
    ...((root.required as string[]) ?? []),
    'apiVersion',
    'kind',
    'metadata',
  ]);
  return {
    ...root,
    type: 'object',
    properties,
    required: [...required],
    additionalProperties: false,
  };
}

/**
 * Converts one schema node. `structural` is false inside anyOf/oneOf/allOf/not, where Kubernetes
 * only allows value validations: closing objects there would reject fields the structural part
 * allows, so strictness is only added on the structural skeleton.
 */
function convert(node: JsonSchema, structural: boolean): JsonSchema {
  if (!node || typeof node !== 'object') return {};
  const out: JsonSchema = {};
  const preserveUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
  const intOrString = node['x-kubernetes-int-or-string'] === true;
  const embedded = node['x-kubernetes-embedded-resource'] === true;

  for (const keyword of COPIED_KEYWORDS) {
    if (node[keyword] !== undefined) out[keyword] = node[keyword];
  }
  if (typeof node.pattern === 'string' && !isJsRegExp(node.pattern)) {
    // Go RE2 syntax that JavaScript cannot compile: skipping one pattern beats failing the whole kind.
    delete out.pattern;
  }
  convertExclusiveBound(node, out, 'exclusiveMinimum', 'minimum');
  convertExclusiveBound(node, out, 'exclusiveMaximum', 'maximum');

  convertChildren(node, out, structural);
  if (embedded) addEmbeddedResourceFields(out);

  applyType(node, out, intOrString);

  const isObject = node.type === 'object' || out.properties !== undefined;
  if (
    structural &&
    isObject &&
    !preserveUnknown &&
    out.additionalProperties === undefined
  ) {
    out.additionalProperties = false;
  }
  return out;
}

/** Converts the subschemas: properties, items and additionalProperties keep `structural`; junctors and `not` do not. */
function convertChildren(
  node: JsonSchema,
  out: JsonSchema,
  structural: boolean,
): void {
  if (node.properties && typeof node.properties === 'object') {
    const props: Record<string, JsonSchema> = {};
    for (const [name, child] of Object.entries(
      node.properties as Record<string, JsonSchema>,
    )) {
      props[name] = convert(child, structural);
    }
    out.properties = props;
  }
  if (
    node.items &&
    typeof node.items === 'object' &&
    !Array.isArray(node.items)
  ) {
    out.items = convert(node.items as JsonSchema, structural);
  }
  if (
    typeof node.additionalProperties === 'object' &&
    node.additionalProperties !== null
  ) {
    out.additionalProperties = convert(
      node.additionalProperties as JsonSchema,
      structural,
    );
  } else if (typeof node.additionalProperties === 'boolean') {
    out.additionalProperties = node.additionalProperties;
  }
  for (const junctor of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(node[junctor])) {
      out[junctor] = (node[junctor] as JsonSchema[]).map(s =>
        convert(s, false),
      );
    }
  }
  if (node.not && typeof node.not === 'object')
    out.not = convert(node.not as JsonSchema, false);
}

/** An embedded resource (`x-kubernetes-embedded-resource`) has apiVersion, kind and ObjectMeta of its own. */
function addEmbeddedResourceFields(out: JsonSchema): void {
  const props = { ...((out.properties as Record<string, JsonSchema>) ?? {}) };
  props.apiVersion ??= { type: 'string' };
  props.kind ??= { type: 'string' };
  props.metadata = objectMetaSchema({
    nameFormat: 'any',
    requireName: false,
  });
  out.properties = props;
}

/** Sets `type`, folding in int-or-string and nullable. */
function applyType(
  node: JsonSchema,
  out: JsonSchema,
  intOrString: boolean,
): void {
  const nullable = node.nullable === true;
  if (intOrString) {
    // The CRD usually spells the alternatives out in anyOf; add them when it does not.
    if (!out.anyOf) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
    if (nullable)
      out.anyOf = [...(out.anyOf as JsonSchema[]), { type: 'null' }];
    return;
  }
  if (typeof node.type !== 'string') return;
  out.type = nullable ? [node.type, 'null'] : node.type;
  if (nullable && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null];
  }
}

function convertExclusiveBound(
  node: JsonSchema,
  out: JsonSchema,
  keyword: 'exclusiveMinimum' | 'exclusiveMaximum',
  bound: 'minimum' | 'maximum',
): void {
  const value = node[keyword];
  if (value === true && typeof node[bound] === 'number') {
    out[keyword] = node[bound];
    delete out[bound];
  } else if (typeof value === 'number') {
    out[keyword] = value;
  }
}

function isJsRegExp(pattern: string): boolean {
  try {
    // eslint-disable-next-line no-new
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
