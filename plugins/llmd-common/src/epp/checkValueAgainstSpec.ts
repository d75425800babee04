import type { EppDiagnosticCode } from './diagnosticCodes';
import type {
  EppDiagnosticSeverity,
  EppFinding,
  EppPath,
} from './eppDiagnostic';
import { formatEppPath } from './eppDiagnostic';
import { isPlainObject } from '../kube/isPlainObject';
import { ownValue } from '../kube/ownValue';
import type {
  EppPluginCategory,
  ObjectSpec,
  ScalarSpec,
  ValueSpec,
} from './valueSpec';

/** A plugin name found where the spec says `ref`. */
export interface FoundRef {
  readonly path: EppPath;
  readonly name: string;
  readonly categories: readonly EppPluginCategory[];
}

/** How to report problems: document fields and plugin parameters use different codes and strictness. */
export interface ValueCheckMode {
  /** `undefined`: unknown keys are ignored silently by the loader and not worth a finding. */
  readonly unknownKey?: {
    readonly code: EppDiagnosticCode;
    readonly severity: EppDiagnosticSeverity;
  };
  readonly wrongTypeCode: EppDiagnosticCode;
  /** For a value of the right type the field does not accept (enum, duration syntax); else `wrongTypeCode`. */
  readonly invalidValueCode?: EppDiagnosticCode;
  readonly deprecatedCode: EppDiagnosticCode;
}

/** Result of checking a value. */
export interface ValueCheckResult {
  readonly findings: EppFinding[];
  readonly refs: FoundRef[];
}

// Go durations ("1m30s", "200ms") or a plain number of nanoseconds.
const DURATION = /^-?(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$|^0$/;

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (isPlainObject(value)) return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function scalarProblem(value: unknown, spec: ScalarSpec): string | undefined {
  switch (spec.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value)
        ? undefined
        : 'a whole number';
    case 'float':
      return typeof value === 'number' ? undefined : 'a number';
    case 'bool':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'string':
      if (typeof value !== 'string') return 'a string';
      return spec.enum && !spec.enum.includes(value)
        ? `one of ${spec.enum.join(', ')}`
        : undefined;
    case 'duration':
      return typeof value === 'number' ||
        (typeof value === 'string' && DURATION.test(value))
        ? undefined
        : 'a duration such as 30s or 5m';
    case 'quantity':
      return typeof value === 'number' || typeof value === 'string'
        ? undefined
        : 'a number or a quantity string';
    default:
      return undefined;
  }
}

/** What one check accumulates while walking the value. */
interface Walk {
  readonly mode: ValueCheckMode;
  readonly result: ValueCheckResult;
}

function wrong(
  walk: Walk,
  at: EppPath,
  expected: string,
  actual: unknown,
  code = walk.mode.wrongTypeCode,
) {
  walk.result.findings.push({
    code,
    severity: 'error',
    path: at,
    message: `\`${formatEppPath(at)}\` must be ${expected}, not ${describeType(
      actual,
    )}.`,
  });
}

function deprecatedFinding(walk: Walk, at: EppPath, message: string) {
  walk.result.findings.push({
    code: walk.mode.deprecatedCode,
    severity: 'warning',
    path: at,
    message,
  });
}

/** One key of a mapping: a known field, a known mistake, or unknown (reported unless the object is open). */
function visitKey(
  walk: Walk,
  spec: ObjectSpec,
  at: EppPath,
  key: string,
  item: unknown,
) {
  // own keys only: `constructor` or `__proto__` must be unknown fields, not Object.prototype members
  const fieldSpec = ownValue(spec.fields, key);
  const mistake = ownValue(spec.knownMistakes, key);
  if (fieldSpec) {
    visit(walk, item, fieldSpec, [...at, key]);
  } else if (mistake) {
    walk.result.findings.push({
      code: mistake.code,
      severity: 'error',
      path: [...at, key],
      message: `\`${key}\` is not a field here; use \`${mistake.use}\`.`,
    });
  } else if (!spec.open && walk.mode.unknownKey) {
    walk.result.findings.push({
      ...walk.mode.unknownKey,
      path: [...at, key],
      message: `Unknown field \`${key}\` in \`${
        formatEppPath(at) || 'the document'
      }\`.`,
    });
  }
}

function visitObject(walk: Walk, node: unknown, spec: ObjectSpec, at: EppPath) {
  if (!isPlainObject(node)) {
    wrong(walk, at, 'a mapping', node);
    return;
  }
  if (spec.deprecated) {
    deprecatedFinding(
      walk,
      at,
      `\`${formatEppPath(at)}\` is deprecated; use \`${spec.deprecated}\`.`,
    );
  }
  for (const required of spec.required ?? []) {
    if (!Object.hasOwn(node, required)) {
      walk.result.findings.push({
        code: 'missing-field',
        severity: 'error',
        path: at,
        message: `\`${formatEppPath(at)}\` needs \`${required}\`.`,
      });
    }
  }
  for (const [key, item] of Object.entries(node)) {
    visitKey(walk, spec, at, key, item);
  }
}

function visitScalar(walk: Walk, node: unknown, spec: ScalarSpec, at: EppPath) {
  const expected = scalarProblem(node, spec);
  // a string that is not one of the accepted ones is a bad value, not a bad type
  const rightType =
    typeof node === 'string' &&
    (spec.kind === 'string' || spec.kind === 'duration');
  if (expected) {
    const code = rightType ? walk.mode.invalidValueCode : undefined;
    wrong(walk, at, expected, node, code ?? walk.mode.wrongTypeCode);
  } else if (spec.deprecated) {
    deprecatedFinding(
      walk,
      at,
      `\`${formatEppPath(at)}\` is deprecated (${spec.deprecated}).`,
    );
  }
}

function visit(walk: Walk, node: unknown, spec: ValueSpec, at: EppPath): void {
  if (node === null || node === undefined) return;
  switch (spec.kind) {
    case 'ref':
      if (typeof node === 'string') {
        walk.result.refs.push({
          path: at,
          name: node,
          categories: spec.categories,
        });
      } else {
        wrong(walk, at, 'a plugin name', node);
      }
      return;
    case 'list':
      if (!Array.isArray(node)) {
        wrong(walk, at, 'a list', node);
        return;
      }
      node.forEach((item, index) => visit(walk, item, spec.of, [...at, index]));
      return;
    case 'map':
      if (!isPlainObject(node)) {
        wrong(walk, at, 'a mapping', node);
        return;
      }
      for (const [key, item] of Object.entries(node)) {
        visit(walk, item, spec.of, [...at, key]);
      }
      return;
    case 'object':
      visitObject(walk, node, spec, at);
      return;
    default:
      visitScalar(walk, node, spec, at);
  }
}

/**
 * Checks a value against a ValueSpec, collecting findings and the plugin references it contains. Null values are
 * accepted everywhere because the Go decoder treats them as "unset".
 */
export function checkValueAgainstSpec(
  value: unknown,
  spec: ValueSpec,
  path: EppPath,
  mode: ValueCheckMode,
): ValueCheckResult {
  const walk: Walk = { mode, result: { findings: [], refs: [] } };
  visit(walk, value, spec, path);
  return walk.result;
}
