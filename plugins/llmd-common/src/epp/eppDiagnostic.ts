import type { EppDiagnosticCode } from './diagnosticCodes';

/**
 * `error`: the upstream loader of that version would reject the config; `warning`: it loads but likely misbehaves.
 *
 * @public
 */
export type EppDiagnosticSeverity = 'error' | 'warning';

/**
 * One finding about an EndpointPickerConfig (or its deployment context).
 *
 * @public
 */
export interface EppDiagnostic {
  /** Stable identifier, safe to match on in scripts and tests. */
  readonly code: EppDiagnosticCode;
  readonly severity: EppDiagnosticSeverity;
  /** Where in the document, e.g. `schedulingProfiles[1].plugins[0]`; empty for the whole document. */
  readonly path: string;
  /** One sentence about this occurrence. */
  readonly message: string;
  /** Longer text about the problem class and how to fix it. */
  readonly explanation: string;
  /** 1-based position of the offending node, when the text was available. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * A path as a list of map keys and sequence indexes.
 *
 * @public
 */
export type EppPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Formats `['schedulingProfiles', 1, 'plugins', 0]` as `schedulingProfiles[1].plugins[0]`.
 *
 * @public
 */
export function formatEppPath(path: EppPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (PLAIN_KEY.test(segment)) {
      out += out ? `.${segment}` : segment;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  }
  return out;
}

/** Whether any diagnostic would make the upstream loader reject the config. */
export function hasEppErrors(diagnostics: readonly EppDiagnostic[]): boolean {
  return diagnostics.some(d => d.severity === 'error');
}

/**
 * What a check reports; the linter adds the explanation, the formatted path and the source position.
 *
 * @public
 */
export interface EppFinding {
  readonly code: EppDiagnosticCode;
  readonly severity: EppDiagnosticSeverity;
  readonly path: EppPath;
  readonly message: string;
  /** Known position (YAML syntax errors), overriding the one located from `path`. */
  readonly position?: { readonly line: number; readonly column: number };
}
