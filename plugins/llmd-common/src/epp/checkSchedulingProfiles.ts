import type { EppFinding, EppPath } from './eppDiagnostic';
import { isPlainObject } from '../kube/isPlainObject';
import {
  hasCategory,
  profilesOf,
  type DeclaredPlugin,
  type EppLintContext,
} from './eppLintContext';

const SCHEDULING = ['filter', 'scorer', 'picker'] as const;

function checkWeight(
  ctx: EppLintContext,
  target: DeclaredPlugin | undefined,
  entry: Readonly<Record<string, unknown>>,
  at: EppPath,
): EppFinding[] {
  const { weight } = entry;
  const isScorer = hasCategory(target, 'scorer');
  if (weight === undefined || weight === null) {
    return isScorer && ctx.dialect.weight.requiredOnScorers
      ? [
          {
            code: 'missing-weight',
            severity: 'error',
            path: at,
            message: `Scorer \`${entry.pluginRef}\` has no weight, which ${ctx.dialect.id} requires.`,
          },
        ]
      : [];
  }
  const weightPath = [...at, 'weight'];
  if (typeof weight !== 'number') {
    return [
      {
        code: 'invalid-weight',
        severity: 'error',
        path: weightPath,
        message: `The weight must be a number, not ${JSON.stringify(weight)}.`,
      },
    ];
  }
  if (ctx.dialect.weight.type === 'int' && !Number.isInteger(weight)) {
    return [
      {
        code: 'invalid-weight',
        severity: 'error',
        path: weightPath,
        message: `Weight ${weight} is fractional, but ${ctx.dialect.id} only accepts whole-number weights.`,
      },
    ];
  }
  if (target?.spec && !isScorer) {
    return [
      {
        code: 'weight-on-non-scorer',
        severity: 'warning',
        path: weightPath,
        message: `\`${entry.pluginRef}\` is not a scorer, so its weight is ignored.`,
      },
    ];
  }
  return weight <= 0
    ? [
        {
          code: 'zero-weight',
          severity: 'warning',
          path: weightPath,
          message: `Weight ${weight} makes \`${entry.pluginRef}\` ${
            weight === 0 ? 'have no effect' : 'prefer the worst endpoints'
          }.`,
        },
      ]
    : [];
}

function checkEntry(
  ctx: EppLintContext,
  entry: unknown,
  at: EppPath,
): { findings: EppFinding[]; picker?: string } {
  if (!isPlainObject(entry)) return { findings: [] }; // shape check reports it
  const ref = entry.pluginRef;
  if (typeof ref !== 'string') {
    return ref === undefined
      ? {
          findings: [
            {
              code: 'missing-plugin-ref',
              severity: 'error',
              path: at,
              message: 'This profile entry has no `pluginRef`.',
            },
          ],
        }
      : { findings: [] };
  }
  const target = ctx.byName.get(ref);
  if (!target) {
    return {
      findings: [
        {
          code: 'undefined-plugin-ref',
          severity: 'error',
          path: [...at, 'pluginRef'],
          message: `No plugin named \`${ref}\` is defined.`,
        },
      ],
    };
  }
  const findings = checkWeight(ctx, target, entry, at);
  if (target.spec && !SCHEDULING.some(c => hasCategory(target, c))) {
    findings.push({
      code: 'non-scheduling-plugin-in-profile',
      severity: 'warning',
      path: [...at, 'pluginRef'],
      message: `\`${ref}\` is a ${target.spec.categories[0]}, not a filter, scorer or picker; the profile ignores it.`,
    });
  }
  return { findings, picker: hasCategory(target, 'picker') ? ref : undefined };
}

/** Profiles: names, entries, weights and the one-picker rule. */
export function checkSchedulingProfiles(ctx: EppLintContext): EppFinding[] {
  const findings: EppFinding[] = [];
  const names = new Set<string>();
  for (const { index, profile } of profilesOf(ctx.root)) {
    const at = ['schedulingProfiles', index];
    if (typeof profile.name !== 'string' || profile.name === '') {
      if (profile.name === undefined || profile.name === '') {
        findings.push({
          code: 'missing-profile-name',
          severity: 'error',
          path: at,
          message: 'This scheduling profile has no `name`.',
        });
      }
    } else if (names.has(profile.name)) {
      findings.push({
        code: 'duplicate-profile-name',
        severity: 'error',
        path: [...at, 'name'],
        message: `A scheduling profile named \`${profile.name}\` is already defined.`,
      });
    } else {
      names.add(profile.name);
    }
    const entries = Array.isArray(profile.plugins) ? profile.plugins : [];
    const pickers: string[] = [];
    entries.forEach((entry, entryIndex) => {
      const checked = checkEntry(ctx, entry, [...at, 'plugins', entryIndex]);
      findings.push(...checked.findings);
      if (checked.picker !== undefined) {
        pickers.push(checked.picker);
        if (pickers.length === 2) {
          findings.push({
            code: 'multiple-pickers',
            severity: 'error',
            path: [...at, 'plugins', entryIndex],
            message: `Profile has more than one picker (${pickers.join(
              ', ',
            )}).`,
          });
        }
      }
    });
  }
  return findings;
}
