import { Command, Option } from 'commander';
import {
  DEFAULT_EPP_DIALECT,
  EPP_DIALECT_IDS,
  eppConfigTooLarge,
  isEppDialectId,
  type EndpointPickerConfigLintResult,
} from '@llmd/plugin-llmd-common';
import { lintEppFile, type EppLintTarget } from './eppLintTargets';
import type { CliIo } from '../cliIo';
import { CliUsageError, EXIT } from '../CliUsageError';
import { FileTooLargeError, formatBytes } from '../FileTooLargeError';

/**
 * Files larger than this are not read: real configs are a few KB, and a hostile or generated one of megabytes would
 * only make the run slow (the backend's cap for configs on clusters is 256 KB).
 */
const MAX_EPP_FILE_BYTES = 1024 * 1024;

/** Options of `llmd lint epp`. */
export interface LintEppOptions {
  readonly dialect?: string;
  readonly format: 'text' | 'json';
}

type FileResult = EppLintTarget;

function toJson({ file, source, result }: FileResult) {
  return {
    file,
    ...(source !== undefined && { source }),
    dialect: result.dialect,
    valid: result.valid,
    diagnostics: result.diagnostics.map(d => ({
      code: d.code,
      severity: d.severity,
      path: d.path,
      ...(d.line !== undefined && { line: d.line, column: d.column }),
      message: d.message,
    })),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function toText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { file, source, result } of results) {
    const name = source === undefined ? file : `${file} (${source})`;
    for (const d of result.diagnostics) {
      const where =
        d.line === undefined ? name : `${name}:${d.line}:${d.column}`;
      lines.push(
        `${where} ${d.severity} ${d.code} ${d.message}${
          d.path ? ` (${d.path})` : ''
        }`,
      );
    }
  }
  const all = results.flatMap(r => r.result.diagnostics);
  const errors = all.filter(d => d.severity === 'error').length;
  const warnings = all.length - errors;
  const files = plural(new Set(results.map(r => r.file)).size, 'file');
  lines.push(
    all.length === 0
      ? `✔ ${files} checked, no problems`
      : `${errors ? '✖' : '⚠'} ${plural(errors, 'error')}, ${plural(
          warnings,
          'warning',
        )} in ${files}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The result of a file over {@link MAX_EPP_FILE_BYTES}: one error, the other files are still linted. */
function tooLargeResult(
  error: FileTooLargeError,
  dialect: string | undefined,
): EndpointPickerConfigLintResult {
  return {
    dialect: dialect ?? DEFAULT_EPP_DIALECT,
    diagnostics: [
      eppConfigTooLarge(
        error.maxBytes,
        error.bytes === undefined ? undefined : formatBytes(error.bytes),
      ),
    ],
    valid: false,
  };
}

/**
 * Lints EndpointPicker config files and prints the result. Returns the exit code: 0 without errors, 1 with errors;
 * throws CliUsageError (exit 2) for an unknown dialect or an unreadable file.
 */
function lintEppFiles(
  files: readonly string[],
  options: LintEppOptions,
  io: CliIo,
): number {
  const { dialect } = options;
  if (dialect !== undefined && !isEppDialectId(dialect)) {
    throw new CliUsageError(
      `unknown dialect "${dialect}" (known: ${EPP_DIALECT_IDS.join(', ')})`,
    );
  }
  const texts = files.map(file => {
    try {
      return { file, text: io.readFile(file, MAX_EPP_FILE_BYTES) };
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        return { file, tooLarge: error };
      }
      throw new CliUsageError(
        `cannot read ${file}: ${
          (error as NodeJS.ErrnoException).code ?? (error as Error).message
        }`,
      );
    }
  });
  // keep stdout pure JSON in json mode: notes (the assumed dialect, …) go to stderr there
  const noted: string[] = [];
  const results = texts.flatMap(({ file, text, tooLarge }) =>
    text === undefined
      ? [{ file, result: tooLargeResult(tooLarge!, dialect) }]
      : lintEppFile(file, text, dialect, note => noted.push(note)),
  );
  const note = options.format === 'json' ? io.stderr : io.stdout;
  noted.forEach(n => note(n));
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
  } else {
    io.stdout(toText(results));
  }
  return results.every(r => r.result.valid) ? EXIT.ok : EXIT.findings;
}

/** Adds `epp` to the `llmd lint` command group. */
export function registerLintEppCommand(
  lint: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  lint
    .command('epp')
    .description(
      'Lint EndpointPicker (EPP) configs for the EPP version they target',
    )
    .argument(
      '<files...>',
      'EndpointPickerConfig YAML files, or manifests carrying one (LLMInferenceService, EPP Deployment, ConfigMap); at most 1 MB each, larger ones are reported as config-too-large, unread',
    )
    .option(
      '--dialect <id>',
      `EPP dialect: ${EPP_DIALECT_IDS.join(
        ', ',
      )} (detected from each file when omitted)`,
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action((files: string[], options: LintEppOptions) => {
      setExitCode(lintEppFiles(files, options, io));
    });
}
