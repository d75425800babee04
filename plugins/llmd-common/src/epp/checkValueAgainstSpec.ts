import type { EppDiagnosticCode } from './diagnosticCodes';
import type {
  EppDiagnosticSeverity,
  EppFinding,
  EppPath,
} from './eppDiagnostic';
import { formatEppPath } from './eppDiagnostic';
import { isPlainObject } from '../kube/isPlainObject';
import { ownValue } from '../kube/ownValue';
import type { EppPluginCategory, ScalarSpec, ValueSpec } from './valueSpec';

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
  const result: ValueCheckResult = { findings: [], refs: [] };
  const wrong = (at: EppPath, expected: string, actual: unknown) =>
    result.findings.push({
      code: mode.wrongTypeCode,
      severity: 'error',
      path: at,
      message: `\`${formatEppPath(
        at,
      )}\` must be ${expected}, not ${describeType(actual)}.`,
    });

  const visit = (node: unknown, nodeSpec: ValueSpec, at: EppPath): void => {
    if (node === null || node === undefined) {
      return;
    }
    switch (nodeSpec.kind) {
      case 'ref':
        if (typeof node === 'string') {
          result.refs.push({
            path: at,
            name: node,
            categories: nodeSpec.categories,
          });
        } else {
          wrong(at, 'a plugin name', node);
        }
        return;
      case 'list':
        if (!Array.isArray(node)) {
          wrong(at, 'a list', node);
          return;
        }
        node.forEach((item, index) => visit(item, nodeSpec.of, [...at, index]));
        return;
      case 'map':
        if (!isPlainObject(node)) {
          wrong(at, 'a mapping', node);
          return;
        }
        for (const [key, item] of Object.entries(node)) {
          visit(item, nodeSpec.of, [...at, key]);
        }
        return;
      case 'object':
        if (!isPlainObject(node)) {
          wrong(at, 'a mapping', node);
          return;
        }
        if (nodeSpec.deprecated) {
          result.findings.push({
            code: mode.deprecatedCode,
            severity: 'warning',
            path: at,
            message: `\`${formatEppPath(at)}\` is deprecated; use \`${
              nodeSpec.deprecated
            }\`.`,
          });
        }
        for (const required of nodeSpec.required ?? []) {
          if (!Object.hasOwn(node, required)) {
            result.findings.push({
              code: 'missing-field',
              severity: 'error',
              path: at,
              message: `\`${formatEppPath(at)}\` needs \`${required}\`.`,
            });
          }
        }
        for (const [key, item] of Object.entries(node)) {
          // own keys only: `constructor` or `__proto__` must be unknown fields, not Object.prototype members
          const fieldSpec = ownValue(nodeSpec.fields, key);
          const mistake = ownValue(nodeSpec.knownMistakes, key);
          if (fieldSpec) {
            visit(item, fieldSpec, [...at, key]);
          } else if (mistake) {
            result.findings.push({
              code: mistake.code,
              severity: 'error',
              path: [...at, key],
              message: `\`${key}\` is not a field here; use \`${mistake.use}\`.`,
            });
          } else if (!nodeSpec.open && mode.unknownKey) {
            result.findings.push({
              ...mode.unknownKey,
              path: [...at, key],
              message: `Unknown field \`${key}\` in \`${
                formatEppPath(at) || 'the document'
              }\`.`,
            });
          }
        }
        return;
      default: {
        const expected = scalarProblem(node, nodeSpec);
        if (expected) {
          wrong(at, expected, node);
        } else if (nodeSpec.deprecated) {
          result.findings.push({
            code: mode.deprecatedCode,
            severity: 'warning',
            path: at,
            message: `\`${formatEppPath(at)}\` is deprecated (${
              nodeSpec.deprecated
            }).`,
          });
        }
      }
    }
  };
  visit(value, spec, path);
  return result;
}
