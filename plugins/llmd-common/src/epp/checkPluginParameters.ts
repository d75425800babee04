import type { EppFinding } from './eppDiagnostic';
import { checkValueAgainstSpec, type FoundRef } from './checkValueAgainstSpec';
import { isPlainObject } from '../kube/isPlainObject';
import type { DeclaredPlugin, EppLintContext } from './eppLintContext';
import { v, type ValueSpec } from './valueSpec';
import { ownValue } from '../kube/ownValue';

/** Findings about parameters plus the plugin references found in them. */
export interface ParameterCheckResult {
  readonly findings: EppFinding[];
  readonly refs: FoundRef[];
}

interface Decoding {
  readonly severity: 'error' | 'warning';
  readonly consequence: string;
}

/** Moved keys become findings; the rest is returned for the table check. */
function splitMovedKeys(
  ctx: EppLintContext,
  plugin: DeclaredPlugin,
  parameters: Readonly<Record<string, unknown>>,
  decoding: Decoding,
): { findings: EppFinding[]; remaining: Record<string, unknown> } {
  const spec = plugin.spec!;
  const findings: EppFinding[] = [];
  const remaining: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parameters)) {
    const movedTo = ownValue(spec.movedParameters, key);
    const known =
      typeof spec.parameters === 'object' &&
      Object.hasOwn(spec.parameters, key);
    if (movedTo && !known) {
      findings.push({
        code: 'moved-parameter',
        severity: decoding.severity,
        path: ['plugins', plugin.index, 'parameters', key],
        message: `\`${key}\` is not a parameter of \`${plugin.type}\` in ${ctx.dialect.id} (${decoding.consequence}); it moved to ${movedTo}.`,
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
  return { findings, remaining };
}

/** Keys the factory refuses without a companion (e.g. prefix-cache-scorer `blockSize` from GIE fd30cb97714a). */
function companionFindings(
  plugin: DeclaredPlugin,
  parameters: Readonly<Record<string, unknown>>,
  dialectId: string,
): EppFinding[] {
  return Object.entries(plugin.spec?.parameterNeeds ?? {}).flatMap(
    ([key, needed]): EppFinding[] =>
      Object.hasOwn(parameters, key) && !Object.hasOwn(parameters, needed)
        ? [
            {
              code: 'parameter-needs-companion',
              severity: 'error',
              path: ['plugins', plugin.index, 'parameters', key],
              message: `\`${plugin.type}\` in ${dialectId} refuses \`${key}\` without \`${needed}\`; the EPP fails to load. Set \`${needed}\` (or drop \`${key}\`).`,
            },
          ]
        : [],
  );
}

/** Checks one plugin's parameter mapping against its type's table. */
function checkTableParameters(
  ctx: EppLintContext,
  plugin: DeclaredPlugin,
  parameters: Readonly<Record<string, unknown>>,
  decoding: Decoding,
): ParameterCheckResult {
  const table = plugin.spec!.parameters as Readonly<Record<string, ValueSpec>>;
  const at = ['plugins', plugin.index, 'parameters'];
  const moved = splitMovedKeys(ctx, plugin, parameters, decoding);
  const checked = checkValueAgainstSpec(moved.remaining, v.object(table), at, {
    unknownKey: { code: 'unknown-parameter', severity: decoding.severity },
    wrongTypeCode: 'invalid-parameter',
    deprecatedCode: 'deprecated-parameter',
  });
  const findings = checked.findings.map(finding =>
    finding.code === 'unknown-parameter'
      ? {
          ...finding,
          message: `\`${plugin.type}\` has no parameter \`${String(
            finding.path[finding.path.length - 1],
          )}\` in ${ctx.dialect.id}; ${decoding.consequence}.`,
        }
      : finding,
  );
  return {
    findings: [
      ...moved.findings,
      ...findings,
      ...companionFindings(plugin, parameters, ctx.dialect.id),
    ],
    refs: checked.refs,
  };
}

function checkOnePlugin(
  ctx: EppLintContext,
  plugin: DeclaredPlugin,
  decoding: Decoding,
): ParameterCheckResult {
  const { spec, parameters, type } = plugin;
  const at = ['plugins', plugin.index, 'parameters'];
  const none: ParameterCheckResult = { findings: [], refs: [] };
  if (!spec || parameters === undefined || parameters === null) return none;
  if (!isPlainObject(parameters)) {
    return {
      findings: [
        {
          code: 'invalid-parameter',
          severity: 'error',
          path: at,
          message: '`parameters` must be a mapping.',
        },
      ],
      refs: [],
    };
  }
  if (spec.parameters === 'unchecked') return none;
  if (spec.parameters === 'none') {
    if (Object.keys(parameters).length === 0) return none;
    return {
      findings: [
        {
          code: 'parameters-ignored',
          severity: 'warning',
          path: at,
          message: `\`${type}\` takes no parameters; these have no effect.`,
        },
      ],
      refs: [],
    };
  }
  return checkTableParameters(ctx, plugin, parameters, decoding);
}

/**
 * Checks every plugin's `parameters` against its type's table. Unknown keys fail strict loaders (llm-d-router v0.9+)
 * and are silently ignored by older ones, hence error vs warning; type mismatches fail every loader.
 */
export function checkPluginParameters(
  ctx: EppLintContext,
): ParameterCheckResult {
  const strict = ctx.dialect.parameterDecoding === 'strict';
  const decoding: Decoding = {
    severity: strict ? 'error' : 'warning',
    consequence: strict ? 'the EPP will not start' : 'it is ignored',
  };
  const results = ctx.plugins.map(plugin =>
    checkOnePlugin(ctx, plugin, decoding),
  );
  return {
    findings: results.flatMap(r => r.findings),
    refs: results.flatMap(r => r.refs),
  };
}
