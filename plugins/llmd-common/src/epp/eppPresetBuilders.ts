import type { EppDialect } from './eppDialect';

/*
 * Building blocks shared by the preset definitions: plugin entries, profile entries, apiVersion and weights that
 * follow the dialect's rules.
 */

/** A config under construction (plain data, serialized with the yaml package). */
export type PresetConfig = Record<string, unknown>;

/** Result of one preset builder: the config, or why the dialect cannot express it. */
export type PresetBuild = { config: PresetConfig } | { notExpressible: string };

/** A plugin entry; the name defaults to the type, so it is only written when different. */
export function pluginEntry(
  type: string,
  parameters?: Record<string, unknown>,
): Record<string, unknown> {
  return parameters ? { type, parameters } : { type };
}

/** Profile entry for a filter or picker (no weight: weights on non-scorers are ignored). */
export const ref = (pluginRef: string) => ({ pluginRef });

/** The current apiVersion of a dialect. */
export function apiVersionOf(dialect: EppDialect): string {
  return (
    dialect.apiVersions.find(a => !a.deprecated) ?? dialect.apiVersions[0]
  ).value;
}

/**
 * Weights for scorers, scaled to whole numbers with the same ratios where the dialect only accepts integers
 * (e.g. 2 / 1 / 1.5 becomes 4 / 2 / 3).
 */
function weightsFor(dialect: EppDialect, weights: readonly number[]): number[] {
  if (dialect.weight.type === 'float') return [...weights];
  const factor =
    [1, 2, 3, 4, 5, 10, 100].find(f =>
      weights.every(w => Number.isInteger(w * f)),
    ) ?? 1;
  return weights.map(w => Math.round(w * factor));
}

/** Scorer profile entries with dialect-appropriate weights. */
export function weightedRefs(
  dialect: EppDialect,
  scorers: readonly [string, number][],
): { pluginRef: string; weight: number }[] {
  const weights = weightsFor(
    dialect,
    scorers.map(([, w]) => w),
  );
  return scorers.map(([pluginRef], i) => ({ pluginRef, weight: weights[i] }));
}

/** The types among `types` the dialect does not register. */
export function missingTypes(
  dialect: EppDialect,
  types: readonly string[],
): string[] {
  return types.filter(type => !Object.hasOwn(dialect.plugins, type));
}

/** A whole config with one profile named `default`. */
export function singleProfileConfig(
  dialect: EppDialect,
  plugins: Record<string, unknown>[],
  profile: Record<string, unknown>[],
  extra: PresetConfig = {},
): PresetConfig {
  return {
    apiVersion: apiVersionOf(dialect),
    kind: 'EndpointPickerConfig',
    plugins,
    ...extra,
    schedulingProfiles: [{ name: 'default', plugins: profile }],
  };
}
