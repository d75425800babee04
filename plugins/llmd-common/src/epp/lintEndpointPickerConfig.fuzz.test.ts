import fc from 'fast-check';
import { stringify } from 'yaml';
import { EPP_DIALECT_IDS, getEppDialect } from './eppDialects';
import { EPP_PRESET_IDS, renderEppPreset } from './eppPresets';
import { describeEndpointPickerConfig } from './describeEndpointPickerConfig';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

/*
 * 10 000 random and mutated configs: the linter must never throw and must stay cheap. Time is measured as an
 * average over the whole run (not per config) and bounded generously, so machine noise cannot flake the test.
 */

const RUNS = 10_000;
const knownTypes = [
  ...new Set(
    EPP_DIALECT_IDS.flatMap(id => Object.keys(getEppDialect(id).plugins)),
  ),
];
const keys = [
  'type',
  'name',
  'parameters',
  'pluginRef',
  'weight',
  'plugins',
  'schedulingProfiles',
  'featureGates',
  'dataLayer',
  'flowControl',
  'config',
  'deciders',
  'threshold',
];
const seeds = EPP_PRESET_IDS.flatMap(preset =>
  EPP_DIALECT_IDS.flatMap(dialect => {
    try {
      return [renderEppPreset(preset, dialect).config];
    } catch {
      return [];
    }
  }),
);

const scalar = fc.oneof(
  fc.constantFrom(...knownTypes, ...keys, 'flowControl=maybe', '', null),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string(),
);
const value: fc.Arbitrary<unknown> = fc.letrec(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...keys), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** Replaces one randomly chosen node of a valid config by a random value. */
function mutate(
  config: unknown,
  path: readonly number[],
  replacement: unknown,
): unknown {
  if (path.length === 0 || config === null || typeof config !== 'object')
    return replacement;
  const entries = Object.entries(config as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [key, child] = entries[path[0] % entries.length];
  const copy: any = Array.isArray(config) ? [...config] : { ...config };
  copy[key] = mutate(child, path.slice(1), replacement);
  return copy;
}

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  value.map(v => stringify(v)),
  fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.nat(), { maxLength: 5 }),
      value,
    )
    .map(([seed, path, replacement]) =>
      stringify(mutate(seed, path, replacement)),
    ),
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.string({ maxLength: 3 }))
    .map(([seed, at, junk]) => {
      const yaml = stringify(seed);
      const cut = at % (yaml.length + 1);
      return yaml.slice(0, cut) + junk + yaml.slice(cut);
    }),
);

describe('lintEndpointPickerConfig fuzz', () => {
  it(`never throws (lint and describe) on ${RUNS} random and mutated configs and stays cheap on average`, () => {
    let totalMs = 0;
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...EPP_DIALECT_IDS),
        (input, dialect) => {
          const started = performance.now();
          const result = lintEndpointPickerConfig(input, { dialect });
          totalMs += performance.now() - started;
          if (result.config)
            describeEndpointPickerConfig(result.config, dialect);
          expect(Array.isArray(result.diagnostics)).toBe(true);
          expect(result.valid).toBe(
            !result.diagnostics.some(d => d.severity === 'error'),
          );
        },
      ),
      { numRuns: RUNS, seed: 20260828 },
    );
    // the budget is 50 ms per config; the average is far below it
    expect(totalMs / RUNS).toBeLessThan(50);
  }, 120_000);
});
