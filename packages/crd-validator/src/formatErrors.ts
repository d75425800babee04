import type { ErrorObject } from 'ajv';
import { PATTERN_DESCRIPTIONS } from './objectMetaSchema';
import { ValidationError } from './types';

/**
 * Turns a JSON pointer (`/spec/template/containers/0/name`) into the dotted form people use when
 * talking about manifests (`spec.template.containers[0].name`). Keys that are not plain
 * identifiers, such as label keys, are bracketed: `metadata.labels["app.kubernetes.io/name"]`.
 *
 * @public
 */
export function pointerToPath(pointer: string, extraKey?: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  const keys = segments.map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extraKey !== undefined) keys.push(extraKey);
  let out = '';
  for (const key of keys) {
    if (/^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Converts Ajv errors into short, readable {@link ValidationError}s. The sub-errors of failed
 * anyOf/oneOf branches are folded into the one anyOf/oneOf error (otherwise an int-or-string
 * mismatch would print three lines), and duplicates are removed.
 *
 * @public
 */
export function formatAjvErrors(
  errors: readonly ErrorObject[] | null | undefined,
): ValidationError[] {
  const all = errors ?? [];
  const junctions = all.filter(
    e => e.keyword === 'anyOf' || e.keyword === 'oneOf',
  );
  const seen = new Set<string>();
  const out: ValidationError[] = [];
  for (const e of all) {
    if (junctions.some(j => isBranchError(e, j))) continue;
    // propertyNames reports the inner failure (with propertyName) and then a generic one: keep the inner.
    if (e.keyword === 'propertyNames') continue;
    const formatted = formatOne(e);
    const key = `${formatted.path}\u0000${formatted.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(formatted);
    }
  }
  return out;
}

/** Whether `e` was raised inside one of the alternatives of the failed anyOf/oneOf `j`. */
function isBranchError(e: ErrorObject, j: ErrorObject): boolean {
  return (
    e.schemaPath.startsWith(`${j.schemaPath}/`) &&
    e.instancePath.startsWith(j.instancePath)
  );
}

function formatOne(e: ErrorObject): ValidationError {
  const params = e.params as Record<string, any>;
  const propertyName = (e as { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return {
      path: pointerToPath(e.instancePath, propertyName),
      message: `invalid key "${propertyName}": ${describe(e)}`,
    };
  }
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        path: pointerToPath(e.instancePath, params.additionalProperty),
        message: `unknown field "${params.additionalProperty}"`,
      };
    case 'required':
      return {
        path: pointerToPath(e.instancePath, params.missingProperty),
        message: `missing required field "${params.missingProperty}"`,
      };
    default:
      return {
        path: pointerToPath(e.instancePath),
        message: `${describe(e)}${got(e)}`,
      };
  }
}

function describe(e: ErrorObject): string {
  const params = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'type':
      return `must be ${[params.type].flat().join(' or ')}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[])
        .map(v => JSON.stringify(v))
        .join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return (
        PATTERN_DESCRIPTIONS[params.pattern] ??
        `must match pattern ${JSON.stringify(params.pattern)}`
      );
    case 'anyOf':
    case 'oneOf': {
      // With Ajv's verbose option e.schema is the list of alternatives; name their types if simple.
      const types = Array.isArray(e.schema)
        ? e.schema.map((s: { type?: unknown }) => s?.type)
        : [];
      return types.length > 0 && types.every(t => typeof t === 'string')
        ? `must be ${types.join(' or ')}`
        : `must match ${
            e.keyword === 'anyOf' ? 'at least one' : 'exactly one'
          } of the allowed schemas`;
    }
    default:
      return e.message ?? e.keyword;
  }
}

/** Appends the offending value for scalar mismatches, which makes "must be integer" actionable. */
function got(e: ErrorObject): string {
  if (
    ![
      'type',
      'enum',
      'const',
      'pattern',
      'anyOf',
      'oneOf',
      'maxLength',
      'minLength',
    ].includes(e.keyword)
  ) {
    return '';
  }
  const value = e.data;
  if (
    value === null ||
    ['string', 'number', 'boolean'].includes(typeof value)
  ) {
    const text = JSON.stringify(value);
    return ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
  }
  return ` (got ${Array.isArray(value) ? 'array' : typeof value})`;
}
