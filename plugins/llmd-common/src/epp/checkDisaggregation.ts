import type { EppFinding, EppPath } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';
import { findDisaggregation, type DisaggregationSetup } from './disaggregation';

const HEADERS_HANDLERS = ['prefill-header-handler', 'disagg-headers-handler'];
// label-based filters can also select the pool, so they count as the stage's filter
const LABEL_FILTERS = [
  'label-selector-filter',
  'by-label',
  'by-label-selector',
];

interface Stage {
  readonly profile: string;
  readonly filter: string;
  readonly code: 'pd-without-decode-filter' | 'pd-without-prefill-filter';
}

function stagesOf(setup: DisaggregationSetup): Stage[] {
  const decode: Stage = {
    profile: setup.decodeProfile,
    filter: 'decode-filter',
    code: 'pd-without-decode-filter',
  };
  return setup.prefillProfile
    ? [
        decode,
        {
          profile: setup.prefillProfile,
          filter: 'prefill-filter',
          code: 'pd-without-prefill-filter',
        },
      ]
    : [decode];
}

/** Each stage's profile exists and keeps to its role's pods. */
function stageFindings(
  ctx: EppLintContext,
  setup: DisaggregationSetup,
  at: EppPath,
): EppFinding[] {
  const profiles = ctx.config.schedulingProfiles;
  return stagesOf(setup).flatMap((stage): EppFinding[] => {
    const index = profiles.findIndex(p => p.name === stage.profile);
    if (index < 0) {
      return [
        {
          code: 'pd-profile-missing',
          severity: 'warning',
          path: at,
          message: `\`${setup.handler.type}\` expects a scheduling profile named \`${stage.profile}\`, which is not defined.`,
        },
      ];
    }
    const types = profiles[index].plugins.map(
      entry => ctx.byName.get(entry.pluginRef)?.type,
    );
    const filtered = types.some(
      t => t === stage.filter || LABEL_FILTERS.includes(t ?? ''),
    );
    return filtered
      ? []
      : [
          {
            code: stage.code,
            severity: 'warning',
            path: ['schedulingProfiles', index],
            message: `Profile \`${stage.profile}\` has no \`${stage.filter}\`, so it may pick pods of the other role.`,
          },
        ];
  });
}

/** Versions whose P/D handler does not write the routing headers need the headers plugin. */
function headersFindings(ctx: EppLintContext, at: EppPath): EppFinding[] {
  if (
    !ctx.dialect.pdNeedsHeadersHandler ||
    ctx.plugins.some(p => HEADERS_HANDLERS.includes(p.type ?? ''))
  ) {
    return [];
  }
  const name = ctx.dialect.plugins['disagg-headers-handler']
    ? 'disagg-headers-handler'
    : 'prefill-header-handler';
  return [
    {
      code: 'pd-missing-headers-handler',
      severity: 'warning',
      path: at,
      message: `In ${ctx.dialect.id} P/D also needs the \`${name}\` plugin; without it requests run decode-only.`,
    },
  ];
}

/**
 * P/D configs that load but do not disaggregate as intended: missing stage profiles, stages without their role
 * filter and the headers plugin old versions need (deciders: checkPdDeciders).
 */
export function checkDisaggregation(ctx: EppLintContext): EppFinding[] {
  const setup = findDisaggregation(ctx.config);
  if (!setup) return [];
  const handlerIndex =
    ctx.plugins.find(p => p.name === setup.handler.name)?.index ?? 0;
  const at = ['plugins', handlerIndex];
  return [...stageFindings(ctx, setup, at), ...headersFindings(ctx, at)];
}
