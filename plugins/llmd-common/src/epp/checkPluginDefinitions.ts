import type { EppFinding } from './eppDiagnostic';
import { isPlainObject } from '../kube/isPlainObject';
import type { EppLintContext } from './eppLintContext';
import { ownValue } from '../kube/ownValue';

function unknownTypeMessage(ctx: EppLintContext, type: string): string {
  const hint = ownValue(ctx.dialect.unknownTypeHints, type);
  return `Plugin type \`${type}\` is not registered in ${ctx.dialect.id}${
    hint ? ` (${hint})` : ''
  }.`;
}

function experimentalFinding(
  ctx: EppLintContext,
  index: number,
  type: string,
): EppFinding | undefined {
  if (ctx.dialect.experimentalPlugins !== 'gated') return undefined;
  if (ctx.options.allowExperimentalPlugins === true) return undefined;
  const known = ctx.options.allowExperimentalPlugins === false;
  return {
    code: 'experimental-plugin',
    severity: known ? 'error' : 'warning',
    path: ['plugins', index, 'type'],
    message: `\`${type}\` is an Alpha plugin and only loads with --allow-experimental-plugins${
      known ? '' : ' (make sure the EPP runs with it)'
    }.`,
  };
}

/** Each `plugins[]` entry: type present and registered, unique name, deprecation and stability. */
export function checkPluginDefinitions(ctx: EppLintContext): EppFinding[] {
  const findings: EppFinding[] = [];
  const seen = new Set<string>();
  for (const plugin of ctx.plugins) {
    const at = ['plugins', plugin.index];
    const entry = (ctx.root.plugins as unknown[])[plugin.index];
    if (!isPlainObject(entry)) continue; // reported by the shape check
    if (plugin.type === undefined) {
      if (entry.type === undefined) {
        findings.push({
          code: 'missing-plugin-type',
          severity: 'error',
          path: at,
          message: 'This plugin entry has no `type`.',
        });
      }
      continue;
    }
    if (plugin.name !== undefined) {
      if (seen.has(plugin.name)) {
        findings.push({
          code: 'duplicate-plugin-name',
          severity: 'error',
          path: entry.name === undefined ? [...at, 'type'] : [...at, 'name'],
          message: `A plugin named \`${plugin.name}\` is already defined.`,
        });
      }
      seen.add(plugin.name);
    }
    if (!plugin.spec) {
      findings.push({
        code: 'unknown-plugin-type',
        severity: 'error',
        path: [...at, 'type'],
        message: unknownTypeMessage(ctx, plugin.type),
      });
      continue;
    }
    const deprecated = plugin.spec.deprecated;
    if (deprecated) {
      findings.push({
        code: 'deprecated-plugin',
        severity: 'warning',
        path: [...at, 'type'],
        message: `\`${plugin.type}\` is deprecated since ${deprecated.since}${
          deprecated.removal
            ? ` (removal planned in ${deprecated.removal})`
            : ''
        }${
          deprecated.replacement ? `; use \`${deprecated.replacement}\`` : ''
        }.`,
      });
    }
    if (plugin.spec.stability === 'alpha') {
      const finding = experimentalFinding(ctx, plugin.index, plugin.type);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
