import type { EppFinding, EppPath } from './eppDiagnostic';
import { isPlainObject } from '../kube/isPlainObject';
import {
  hasCategory,
  profilesOf,
  type DeclaredPlugin,
  type EppLintContext,
} from './eppLintContext';

const SCHEDULING = ['filter', 'scorer', 'picker'] as const;

/** A written weight: a number, whole where the dialect decodes `*int`, on a scorer, positive. */
function checkWeightValue(
  ctx: EppLintContext,
  target: DeclaredPlugin | undefined,
  ref: unknown,
  weight: unknown,
  weightPath: EppPath,
): EppFinding[] {
  const finding = (
    code: EppFinding['code'],
    severity: EppFinding['severity'],
    message: string,
  ): EppFinding[] => [{ code, severity, path: weightPath, message }];
  if (typeof weight !== 'number') {
    return finding(
      'invalid-weight',
      'error',
      `The weight must be a number, not ${JSON.stringify(weight)}.`,
    );
  }
  if (ctx.dialect.weight.type === 'int' && !Number.isInteger(weight)) {
    return finding(
      'invalid-weight',
      'error',
      `Weight ${weight} is fractional, but ${ctx.dialect.id} only accepts whole-number weights.`,
    );
  }
  if (target?.spec && !hasCategory(target, 'scorer')) {
    return finding(
      'weight-on-non-scorer',
      'warning',
      `\`${ref}\` is not a scorer, so its weight is ignored.`,
    );
  }
  if (weight > 0) return [];
  return finding(
    'zero-weight',
    'warning',
    `Weight ${weight} makes \`${ref}\` ${
      weight === 0 ? 'have no effect' : 'prefer the worst endpoints'
    }.`,
  );
}

function checkWeight(
  ctx: EppLintContext,
  target: DeclaredPlugin | undefined,
  entry: Readonly<Record<string, unknown>>,
  at: EppPath,
): EppFinding[] {
  const { weight } = entry;
  if (weight !== undefined && weight !== null) {
    return checkWeightValue(ctx, target, entry.pluginRef, weight, [
      ...at,
      'weight',
    ]);
  }
  return hasCategory(target, 'scorer') && ctx.dialect.weight.requiredOnScorers
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

/** A profile's name: present and unique (`names` collects the names seen so far). */
function nameFindings(
  profile: Readonly<Record<string, unknown>>,
  at: EppPath,
  names: Set<string>,
): EppFinding[] {
  const { name } = profile;
  if (typeof name !== 'string' || name === '') {
    return name === undefined || name === ''
      ? [
          {
            code: 'missing-profile-name',
            severity: 'error',
            path: at,
            message: 'This scheduling profile has no `name`.',
          },
        ]
      : [];
  }
  if (names.has(name)) {
    return [
      {
        code: 'duplicate-profile-name',
        severity: 'error',
        path: [...at, 'name'],
        message: `A scheduling profile named \`${name}\` is already defined.`,
      },
    ];
  }
  names.add(name);
  return [];
}

/**
 * GIE v1.0–v1.2 (scheduler-v0.3): `setDefaultsPhaseTwo` stops at the picker, so a scorer after it keeps a nil weight
 * and `loadSchedulerConfig` dereferences it (loader/defaults.go, loader/configloader.go@G v1.0.0; fixed in v1.3.0).
 */
function unweightedAfterPicker(
  ctx: EppLintContext,
  entry: unknown,
  at: EppPath,
  picker: string,
): EppFinding[] {
  if (!ctx.dialect.weight.unweightedAfterPickerPanics) return [];
  if (!isPlainObject(entry) || entry.weight !== undefined) return [];
  const ref = entry.pluginRef;
  if (typeof ref !== 'string' || !hasCategory(ctx.byName.get(ref), 'scorer')) {
    return [];
  }
  return [
    {
      code: 'unweighted-scorer-after-picker',
      severity: 'error',
      path: at,
      message: `Scorer \`${ref}\` has no weight and comes after the picker \`${picker}\`; ${ctx.dialect.id} leaves its weight unset and panics at startup. Give it a weight or list it before the picker.`,
    },
  ];
}

/** The entries of one profile: references, weights and the one-picker rule. */
function entryFindings(
  ctx: EppLintContext,
  entries: readonly unknown[],
  at: EppPath,
): EppFinding[] {
  const findings: EppFinding[] = [];
  const pickers: string[] = [];
  entries.forEach((entry, entryIndex) => {
    const entryAt = [...at, 'plugins', entryIndex];
    const checked = checkEntry(ctx, entry, entryAt);
    findings.push(...checked.findings);
    if (pickers.length > 0) {
      findings.push(...unweightedAfterPicker(ctx, entry, entryAt, pickers[0]));
    }
    if (checked.picker === undefined) return;
    pickers.push(checked.picker);
    if (pickers.length === 2) {
      findings.push({
        code: 'multiple-pickers',
        severity: 'error',
        path: entryAt,
        message: `Profile has more than one picker (${pickers.join(', ')}).`,
      });
    }
  });
  return findings;
}

/** Profiles: names, entries, weights and the one-picker rule. */
export function checkSchedulingProfiles(ctx: EppLintContext): EppFinding[] {
  const names = new Set<string>();
  return profilesOf(ctx.root).flatMap(({ index, profile }) => {
    const at = ['schedulingProfiles', index];
    const entries = Array.isArray(profile.plugins) ? profile.plugins : [];
    return [
      ...nameFindings(profile, at, names),
      ...entryFindings(ctx, entries, at),
    ];
  });
}
