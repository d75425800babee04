import type { EppFinding } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';
import { findDisaggregation } from './disaggregation';

const HEADERS_HANDLERS = ['prefill-header-handler', 'disagg-headers-handler'];
// label-based filters can also select the pool, so they count as the stage's filter
const LABEL_FILTERS = [
  'label-selector-filter',
  'by-label',
  'by-label-selector',
];

/**
 * P/D configs that load but do not disaggregate as intended: missing stage profiles, stages without their role
 * filter, the headers plugin old versions need, and a decider that never fires.
 */
export function checkDisaggregation(ctx: EppLintContext): EppFinding[] {
  const setup = findDisaggregation(ctx.config);
  if (!setup) return [];
  const findings: EppFinding[] = [];
  const handlerIndex =
    ctx.plugins.find(p => p.name === setup.handler.name)?.index ?? 0;
  const at = ['plugins', handlerIndex];
  const profiles = ctx.config.schedulingProfiles;
  const stages = [
    {
      profile: setup.decodeProfile,
      filter: 'decode-filter',
      code: 'pd-without-decode-filter' as const,
    },
    ...(setup.prefillProfile
      ? [
          {
            profile: setup.prefillProfile,
            filter: 'prefill-filter',
            code: 'pd-without-prefill-filter' as const,
          },
        ]
      : []),
  ];
  for (const stage of stages) {
    const index = profiles.findIndex(p => p.name === stage.profile);
    if (index < 0) {
      findings.push({
        code: 'pd-profile-missing',
        severity: 'warning',
        path: at,
        message: `\`${setup.handler.type}\` expects a scheduling profile named \`${stage.profile}\`, which is not defined.`,
      });
      continue;
    }
    const types = profiles[index].plugins.map(
      entry => ctx.byName.get(entry.pluginRef)?.type,
    );
    if (
      !types.some(t => t === stage.filter || LABEL_FILTERS.includes(t ?? ''))
    ) {
      findings.push({
        code: stage.code,
        severity: 'warning',
        path: ['schedulingProfiles', index],
        message: `Profile \`${stage.profile}\` has no \`${stage.filter}\`, so it may pick pods of the other role.`,
      });
    }
  }
  if (
    ctx.dialect.pdNeedsHeadersHandler &&
    !ctx.plugins.some(p => HEADERS_HANDLERS.includes(p.type ?? ''))
  ) {
    const name = ctx.dialect.plugins['disagg-headers-handler']
      ? 'disagg-headers-handler'
      : 'prefill-header-handler';
    findings.push({
      code: 'pd-missing-headers-handler',
      severity: 'warning',
      path: at,
      message: `In ${ctx.dialect.id} P/D also needs the \`${name}\` plugin; without it requests run decode-only.`,
    });
  }
  for (const plugin of ctx.plugins) {
    if (plugin.type !== 'prefix-based-pd-decider') continue;
    const params = ctx.config.plugins.find(
      p => p.name === plugin.name,
    )?.parameters;
    const tokens = params?.nonCachedTokens;
    if (tokens === undefined || tokens === 0) {
      findings.push({
        code: 'pd-decider-never-disaggregates',
        severity: 'warning',
        path: ['plugins', plugin.index],
        message: `\`${plugin.name}\` has nonCachedTokens ${
          tokens ?? 'unset (0)'
        }, which means never disaggregate.`,
      });
    }
  }
  return findings;
}
