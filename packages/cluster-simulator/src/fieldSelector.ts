import { SelectorError } from './labelSelector';

/** One `field=value` or `field!=value` requirement. */
export interface FieldRequirement {
  path: string[];
  negate: boolean;
  value: string;
}

const UNIVERSAL_FIELDS = new Set(['metadata.name', 'metadata.namespace']);

/**
 * Parses a field selector. Every resource supports `metadata.name` and `metadata.namespace`; built-in
 * kinds also accept other dotted fields (`status.phase`, `type`, ...), CRDs do not, like the real API server.
 *
 * @throws SelectorError for malformed selectors or unsupported fields
 */
export function parseFieldSelector(
  text: string,
  builtin: boolean,
): FieldRequirement[] {
  const requirements: FieldRequirement[] = [];
  for (const part of text.split(',')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const m = /^([A-Za-z0-9_.]+)\s*(==|!=|=)\s*(.*)$/.exec(trimmed);
    if (!m) {
      throw new SelectorError(`invalid field selector: '${trimmed}'`);
    }
    const [, field, op, value] = m;
    if (!UNIVERSAL_FIELDS.has(field) && !builtin) {
      throw new SelectorError(`field label not supported: ${field}`);
    }
    requirements.push({
      path: field.split('.'),
      negate: op === '!=',
      value: value.trim(),
    });
  }
  return requirements;
}

/** Whether `obj` satisfies every requirement. Missing fields compare as ''. */
export function matchesFields(
  requirements: FieldRequirement[],
  obj: Record<string, unknown>,
): boolean {
  return requirements.every(r => {
    let current: unknown = obj;
    for (const key of r.path) {
      current =
        current && typeof current === 'object'
          ? (current as Record<string, unknown>)[key]
          : undefined;
    }
    const actual =
      current === undefined || current === null ? '' : String(current);
    return r.negate ? actual !== r.value : actual === r.value;
  });
}
