import type { EppFinding } from './eppDiagnostic';
import { parametersOf, type EppLintContext } from './eppLintContext';

/*
 * Deciders of the P/D handlers (llm-d v0.6+): pd-profile-handler looks its decider up by name when it is built, using
 * a default name when `deciderPluginName` is not set, so that plugin must already exist (pd_profile_handler.go@S
 * v0.6.0 `PdProfileHandlerFactory`, @S v0.7.0, @R v0.9.0). Explicit references are resolved by checkPluginReferences.
 */
function defaultDeciderFindings(ctx: EppLintContext): EppFinding[] {
  const decider = ctx.dialect.pdDecider;
  if (!decider) return [];
  return ctx.plugins.flatMap((plugin): EppFinding[] => {
    if (plugin.type !== 'pd-profile-handler' || !plugin.spec) return [];
    if (parametersOf(plugin).deciderPluginName !== undefined) return [];
    const target = ctx.byName.get(decider.defaultName);
    const ordered = ctx.dialect.pluginOrder === 'declaration';
    if (target && (!ordered || target.index < plugin.index)) return [];
    return [
      {
        code: 'pd-decider-not-declared',
        severity: 'error',
        path: ['plugins', plugin.index],
        message: target
          ? `\`${plugin.name}\` looks up its default decider \`${decider.defaultName}\` when it is built, but that plugin is declared after it; ${ctx.dialect.id} fails to load. Move it above the handler.`
          : `\`${plugin.name}\` has no deciderPluginName, so ${ctx.dialect.id} looks up \`${decider.defaultName}\`, which is not declared; the EPP fails to load. Declare a decider before the handler.`,
      },
    ];
  });
}

/** `nonCachedTokens: 0` (also the default) means "always" in S v0.6 and "never" from v0.7 on. */
function zeroTokensFindings(ctx: EppLintContext): EppFinding[] {
  const meaning = ctx.dialect.pdDecider?.zeroNonCachedTokens ?? 'never';
  return ctx.plugins.flatMap((plugin): EppFinding[] => {
    if (plugin.type !== 'prefix-based-pd-decider') return [];
    const tokens = parametersOf(plugin).nonCachedTokens;
    if (tokens !== undefined && tokens !== 0) return [];
    const value = tokens === undefined ? 'unset (0)' : '0';
    return [
      meaning === 'always'
        ? {
            code: 'pd-decider-always-disaggregates',
            severity: 'warning',
            path: ['plugins', plugin.index],
            message: `\`${plugin.name}\` has nonCachedTokens ${value}, which in ${ctx.dialect.id} means always disaggregate (from llm-d v0.7 on it means never).`,
          }
        : {
            code: 'pd-decider-never-disaggregates',
            severity: 'warning',
            path: ['plugins', plugin.index],
            message: `\`${plugin.name}\` has nonCachedTokens ${value}, which in ${ctx.dialect.id} means never disaggregate.`,
          },
    ];
  });
}

/** A P/D handler's default decider declared (in time), and what `nonCachedTokens: 0` means in this version. */
export function checkPdDeciders(ctx: EppLintContext): EppFinding[] {
  return [...defaultDeciderFindings(ctx), ...zeroTokensFindings(ctx)];
}
