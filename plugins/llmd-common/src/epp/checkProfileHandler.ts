import type { EppFinding } from './eppDiagnostic';
import { hasCategory, profilesOf, type EppLintContext } from './eppLintContext';

/** The single profile handler rule and how it fits the number of profiles. */
export function checkProfileHandler(ctx: EppLintContext): EppFinding[] {
  const findings: EppFinding[] = [];
  const handlers = ctx.plugins.filter(plugin =>
    hasCategory(plugin, 'profile-handler'),
  );
  for (const extra of handlers.slice(1)) {
    findings.push({
      code: 'multiple-profile-handlers',
      severity: 'error',
      path: ['plugins', extra.index],
      message: `\`${extra.name}\` is a second profile handler; only one is allowed (\`${handlers[0].name}\` is already defined).`,
    });
  }
  const profileCount = profilesOf(ctx.root).length;
  if (profileCount <= 1) return findings;
  const [handler] = handlers;
  const unknownTypes = ctx.plugins.some(p => p.type !== undefined && !p.spec);
  if (!handler && !unknownTypes) {
    findings.push({
      code: 'missing-profile-handler',
      severity: 'error',
      path: ['schedulingProfiles'],
      message: `There are ${profileCount} scheduling profiles but no profile handler to choose between them.`,
    });
  } else if (handler?.type === 'single-profile-handler') {
    const severity = ctx.dialect.singleHandlerWithManyProfiles;
    findings.push({
      code: 'single-handler-multi-profile',
      severity,
      path: ['plugins', handler.index],
      message: `single-profile-handler cannot serve ${profileCount} profiles${
        severity === 'error'
          ? `; ${ctx.dialect.id} rejects this`
          : '; every request would fail'
      }.`,
    });
  }
  return findings;
}
