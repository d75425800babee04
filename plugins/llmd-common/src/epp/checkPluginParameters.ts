import type { EppFinding } from './eppDiagnostic';
import { checkValueAgainstSpec, type FoundRef } from './checkValueAgainstSpec';
import { isPlainObject } from '../kube/isPlainObject';
import type { EppLintContext } from './eppLintContext';
import { v } from './valueSpec';
import { ownValue } from '../kube/ownValue';

/** Findings about parameters plus the plugin references found in them. */
export interface ParameterCheckResult {
  readonly findings: EppFinding[];
  readonly refs: FoundRef[];
}

/**
 * Checks every plugin's `parameters` against its type's table. Unknown keys fail strict loaders (llm-d-router v0.9+)
 * and are silently ignored by older ones, hence error vs warning; type mismatches fail every loader.
 */
export function checkPluginParameters(
  ctx: EppLintContext,
): ParameterCheckResult {
  const result: ParameterCheckResult = { findings: [], refs: [] };
  const strict = ctx.dialect.parameterDecoding === 'strict';
  const unknownSeverity = strict ? 'error' : 'warning';
  const consequence = strict ? 'the EPP will not start' : 'it is ignored';
  for (const plugin of ctx.plugins) {
    const { spec, parameters, type } = plugin;
    const at = ['plugins', plugin.index, 'parameters'];
    if (!spec || parameters === undefined || parameters === null) continue;
    if (!isPlainObject(parameters)) {
      result.findings.push({
        code: 'invalid-parameter',
        severity: 'error',
        path: at,
        message: '`parameters` must be a mapping.',
      });
      continue;
    }
    if (spec.parameters === 'unchecked') continue;
    if (spec.parameters === 'none') {
      if (Object.keys(parameters).length > 0) {
        result.findings.push({
          code: 'parameters-ignored',
          severity: 'warning',
          path: at,
          message: `\`${type}\` takes no parameters; these have no effect.`,
        });
      }
      continue;
    }
    const remaining: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parameters)) {
      const movedTo = ownValue(spec.movedParameters, key);
      if (movedTo && !Object.hasOwn(spec.parameters, key)) {
        result.findings.push({
          code: 'moved-parameter',
          severity: unknownSeverity,
          path: [...at, key],
          message: `\`${key}\` is not a parameter of \`${type}\` in ${ctx.dialect.id} (${consequence}); it moved to ${movedTo}.`,
        });
      } else {
        // defined, not assigned: assigning `__proto__` would set the prototype and the key would vanish unchecked
        Object.defineProperty(remaining, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    const checked = checkValueAgainstSpec(
      remaining,
      v.object(spec.parameters),
      at,
      {
        unknownKey: { code: 'unknown-parameter', severity: unknownSeverity },
        wrongTypeCode: 'invalid-parameter',
        deprecatedCode: 'deprecated-parameter',
      },
    );
    result.findings.push(
      ...checked.findings.map(finding =>
        finding.code === 'unknown-parameter'
          ? {
              ...finding,
              message: `\`${type}\` has no parameter \`${String(
                finding.path[finding.path.length - 1],
              )}\` in ${ctx.dialect.id}; ${consequence}.`,
            }
          : finding,
      ),
    );
    result.refs.push(...checked.refs);
  }
  return result;
}
