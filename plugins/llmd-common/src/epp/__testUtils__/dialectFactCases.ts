import { stringify } from 'yaml';
import type { EppDialectId } from '../eppDialects';
import { lintEndpointPickerConfig } from '../lintEndpointPickerConfig';

/*
 * Test-only: one row of DIALECT-FACTS (the facts checked tag by tag in each EPP version's code) as an example config
 * and the verdict that version's loader gives it.
 */

/** One fact, its source (file@tag) and an example config with the verdict the cited code gives. */
export interface DialectFactCase {
  readonly fact: string;
  readonly source: string;
  readonly config: Record<string, unknown>;
  /** Exactly the error codes expected; empty means the loader accepts the config. */
  readonly errors: readonly string[];
  /** Warning codes that must be among the findings. */
  readonly warnings?: readonly string[];
}

/** A config document with the given apiVersion around `body`. */
export function eppDocument(
  apiVersion: string,
  body: Record<string, unknown>,
): Record<string, unknown> {
  return { apiVersion, kind: 'EndpointPickerConfig', ...body };
}

/** A single profile `default` using every plugin (weight 1 on the listed scorers). */
export function singleProfile(
  plugins: readonly (string | Record<string, unknown>)[],
  scorers: readonly string[] = [],
): Record<string, unknown> {
  const entries = plugins.map(p => (typeof p === 'string' ? { type: p } : p));
  return {
    plugins: entries,
    schedulingProfiles: [
      {
        name: 'default',
        plugins: entries
          .map(p => String(p.name ?? p.type))
          .filter(name => !/handler|decider/.test(name))
          .map(name =>
            scorers.includes(name)
              ? { pluginRef: name, weight: 1 }
              : { pluginRef: name },
          ),
      },
    ],
  };
}

/** Two profiles `prefill` and `decode` (role filter + picker) after the given plugins, in that order. */
export function pdDocument(
  apiVersion: string,
  plugins: readonly Record<string, unknown>[],
): Record<string, unknown> {
  return eppDocument(apiVersion, {
    plugins: [
      { type: 'prefill-filter' },
      { type: 'decode-filter' },
      { type: 'max-score-picker' },
      ...plugins,
    ],
    schedulingProfiles: ['prefill', 'decode'].map(name => ({
      name,
      plugins: [
        { pluginRef: `${name}-filter` },
        { pluginRef: 'max-score-picker' },
      ],
    })),
  });
}

/** Test titles and cases for `it.each`. */
export function factRows(
  cases: readonly DialectFactCase[],
): (readonly [string, DialectFactCase])[] {
  return cases.map(c => [`${c.fact} (${c.source})`, c] as const);
}

/** The verdict, as comparable data: error codes, and which of the expected warnings were found. */
export interface FactVerdict {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** What the case expects (see {@link factVerdict}). */
export function expectedVerdict(c: DialectFactCase): FactVerdict {
  return { errors: [...c.errors].sort(), warnings: [...(c.warnings ?? [])] };
}

/** Lints the case's config in the dialect and reports the verdict the linter gives. */
export function factVerdict(
  dialect: EppDialectId,
  c: DialectFactCase,
): FactVerdict {
  const result = lintEndpointPickerConfig(stringify(c.config), {
    dialect,
    allowExperimentalPlugins: true,
  });
  const errors = result.diagnostics
    .filter(d => d.severity === 'error')
    .map(d => d.code);
  const codes = result.diagnostics.map(d => d.code as string);
  return {
    errors: [...new Set(errors)].sort(),
    warnings: (c.warnings ?? []).filter(code => codes.includes(code)),
  };
}
