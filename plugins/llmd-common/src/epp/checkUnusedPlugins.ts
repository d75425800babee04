import type { EppFinding } from './eppDiagnostic';
import type { FoundRef } from './checkValueAgainstSpec';
import { isPlainObject } from '../kube/isPlainObject';
import { hasCategory, profilesOf, type EppLintContext } from './eppLintContext';

/**
 * Filters and scorers that no profile references never run. Pickers are exempt (a profile without one gets the
 * first picker defined) and so is anything referenced from parameters or sections.
 */
export function checkUnusedPlugins(
  ctx: EppLintContext,
  refs: readonly FoundRef[],
): EppFinding[] {
  const profiles = profilesOf(ctx.root);
  if (profiles.length === 0) return []; // the loader builds a default profile from every plugin
  const used = new Set(refs.map(ref => ref.name));
  for (const { profile } of profiles) {
    for (const entry of Array.isArray(profile.plugins) ? profile.plugins : []) {
      if (isPlainObject(entry) && typeof entry.pluginRef === 'string') {
        used.add(entry.pluginRef);
      }
    }
  }
  return ctx.plugins
    .filter(
      plugin =>
        plugin.name !== undefined &&
        !used.has(plugin.name) &&
        !hasCategory(plugin, 'picker') &&
        !hasCategory(plugin, 'profile-handler') &&
        (hasCategory(plugin, 'scorer') ||
          plugin.spec?.categories[0] === 'filter'),
    )
    .map(plugin => ({
      code: 'unused-plugin' as const,
      severity: 'warning' as const,
      path: ['plugins', plugin.index],
      message: `\`${plugin.name}\` is defined but no scheduling profile uses it.`,
    }));
}
