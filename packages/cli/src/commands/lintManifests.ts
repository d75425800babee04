import path from 'node:path';
import { Command, Option } from 'commander';
import {
  EPP_DIALECT_IDS,
  evaluatePolicyPerObject,
  isEppDialectId,
  parseLlmdPolicyYaml,
  parseYamlDocuments,
  RECOMMENDED_LLMD_POLICY,
  type LlmdPolicy,
  type PolicyFinding,
  yamlDocumentValue,
} from '@llmd/plugin-llmd-common';
import type { CliIo } from '../cliIo';
import { CliUsageError, EXIT } from '../CliUsageError';
import { FileTooLargeError, formatBytes } from '../FileTooLargeError';
import type { ManifestFileFindings, ManifestFinding } from './manifestFinding';
import {
  createSchemaLinter,
  type SchemaLinter,
} from './manifestSchemaFindings';

/** Options of `llmd lint manifests`. */
export interface LintManifestsOptions {
  readonly policy?: string;
  readonly format: 'text' | 'json';
  readonly eppDialect?: string;
  /** CRD directories checked before the bundled catalog (`--crd-dir`, repeatable). */
  readonly crdDir?: string[];
  /** False with `--no-schema`: no schema validation. */
  readonly schema?: boolean;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Manifest files larger than this are not read (their size is checked first): a GitOps manifest is KB, and a
 * generated or hostile file of megabytes would only stall the run. Such a file is a `file-too-large` denial.
 */
const MAX_MANIFEST_FILE_BYTES = 5 * 1024 * 1024;

/** A file of the tree: its text, or why it was not read. */
interface ManifestFileInput {
  readonly file: string;
  readonly content?: string;
  readonly tooLarge?: FileTooLargeError;
}

/** A `yaml` denial of one document of a file (1-based, as editors count `---` sections). */
function yamlFinding(document: number, message: string): ManifestFinding {
  return {
    rule: 'yaml',
    severity: 'deny',
    path: '',
    message: `YAML: document ${document + 1}: ${message.split('\n')[0]}`,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The policy of `--policy`, or the built-in recommended one; undefined (after printing why) when invalid. */
function loadPolicy(
  file: string | undefined,
  io: CliIo,
): LlmdPolicy | undefined {
  if (file === undefined) {
    io.stderr(
      'llmd: no --policy given, using the built-in recommended policy (docs/governance.md)\n',
    );
    return RECOMMENDED_LLMD_POLICY;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    throw new CliUsageError(
      `cannot read policy file ${file}: ${
        (error as NodeJS.ErrnoException).code ?? (error as Error).message
      }`,
    );
  }
  const result = parseLlmdPolicyYaml(text);
  if ('policy' in result) return result.policy;
  io.stderr(
    `llmd: invalid policy file ${file}:\n${result.problems
      .map(p => `  ${p.path || '(document)'}: ${p.message}\n`)
      .join('')}`,
  );
  return undefined;
}

/** `Kind ns/name: ` of a finding's object, so findings of multi-document files say which object they are about. */
function objectPrefix({ object }: PolicyFinding): string {
  const ns = object.namespace ? `${object.namespace}/` : '';
  return `${object.kind} ${ns}${object.name}: `;
}

/** Parses every file and evaluates the policy over all their objects at once (owners may come from other files). */
function lintFiles(
  files: readonly ManifestFileInput[],
  policy: LlmdPolicy,
  eppDialect: (typeof EPP_DIALECT_IDS)[number] | undefined,
  lintSchema: SchemaLinter | undefined,
): ManifestFileFindings[] {
  const results: ManifestFileFindings[] = [];
  const objects: { result: ManifestFileFindings; value: unknown }[] = [];
  for (const input of files) {
    const result = { file: input.file, findings: [] as ManifestFinding[] };
    results.push(result);
    for (const value of fileObjects(input, result.findings, lintSchema)) {
      objects.push({ result, value });
    }
  }
  const perObject = evaluatePolicyPerObject(
    objects.map(o => o.value),
    policy,
    eppDialect ? { eppDialect } : {},
  );
  perObject.forEach((findings, index) => {
    for (const finding of findings) {
      objects[index].result.findings.push({
        rule: finding.rule,
        severity: finding.severity,
        path: finding.path,
        message: `${objectPrefix(finding)}${finding.message}`,
      });
    }
  });
  return results;
}

/**
 * The objects of one file, each YAML document on its own; the file's size, YAML and schema findings go into
 * `findings`.
 */
function fileObjects(
  { content, tooLarge }: ManifestFileInput,
  findings: ManifestFinding[],
  lintSchema: SchemaLinter | undefined,
): unknown[] {
  if (content === undefined) {
    const size =
      tooLarge?.bytes === undefined ? '' : ` (${formatBytes(tooLarge.bytes)})`;
    findings.push({
      rule: 'file-too-large',
      severity: 'deny',
      path: '',
      message: `The file is larger than ${formatBytes(
        MAX_MANIFEST_FILE_BYTES,
      )}${size}; it was not read.`,
    });
    return [];
  }
  const values: unknown[] = [];
  // every document on its own: one broken or hostile document (an alias bomb) costs only its own findings
  parseYamlDocuments(content).forEach((doc, document) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        findings.push(yamlFinding(document, error.message));
      }
      return;
    }
    const built = yamlDocumentValue(doc);
    if ('error' in built) {
      findings.push(yamlFinding(document, built.error));
      return;
    }
    if (lintSchema) findings.push(...lintSchema(built.value));
    values.push(built.value);
  });
  return values;
}

function toText(results: readonly ManifestFileFindings[]): string {
  const lines = results.flatMap(({ file, findings }) =>
    findings.map(
      f =>
        `${file}: ${f.severity} ${f.rule}${f.path ? ` ${f.path}` : ''}: ${
          f.message
        }`,
    ),
  );
  const all = results.flatMap(r => r.findings);
  const denials = all.filter(f => f.severity === 'deny').length;
  const warnings = all.length - denials;
  const withFindings = results.filter(r => r.findings.length > 0).length;
  const files = plural(results.length, 'file');
  lines.push(
    all.length === 0
      ? `✔ ${files} checked, no findings`
      : `${denials ? '✖' : '⚠'} ${plural(denials, 'denial')}, ${plural(
          warnings,
          'warning',
        )} in ${withFindings} of ${files}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Validates every YAML manifest below `dir` against its schema (unless `schema` is false) and evaluates a governance
 * policy over them, and prints the findings. Returns the exit code: 1 with any `deny` finding (schema errors and
 * YAML errors and files over the size cap included), 0 otherwise; 2 for an invalid policy file. Throws CliUsageError (exit 2) for an unreadable
 * directory, policy file or CRD directory and an unknown dialect.
 */
function lintManifests(
  dir: string,
  options: LintManifestsOptions,
  io: CliIo,
): number {
  const { eppDialect } = options;
  if (eppDialect !== undefined && !isEppDialectId(eppDialect)) {
    throw new CliUsageError(
      `unknown dialect "${eppDialect}" (known: ${EPP_DIALECT_IDS.join(', ')})`,
    );
  }
  const listing = io.listFiles(dir);
  const lintSchema =
    options.schema === false
      ? undefined
      : createSchemaLinter(options.crdDir ?? []);
  const policy = loadPolicy(options.policy, io);
  if (!policy) return EXIT.usage;
  for (const skipped of listing.skipped) {
    io.stderr(
      `llmd: skipping ${skipped}: not a regular file (symlinks are not followed)\n`,
    );
  }
  // the policy may live in the tree it governs (docs/examples/gitops-ci.yaml); it is no manifest
  const policyFile = options.policy && path.resolve(options.policy);
  const files = listing.files
    .filter(
      file => YAML_FILE.test(file) && path.resolve(dir, file) !== policyFile,
    )
    .map((file): ManifestFileInput => {
      try {
        const full = path.join(dir, file);
        return { file, content: io.readFile(full, MAX_MANIFEST_FILE_BYTES) };
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          return { file, tooLarge: error };
        }
        throw error;
      }
    });
  const results = lintFiles(files, policy, eppDialect, lintSchema);
  if (options.format === 'json') {
    // Only files with findings, sorted by path (the listing is sorted): CI consumers annotate these.
    const json = results.filter(r => r.findings.length > 0);
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(toText(results));
  }
  return results.some(r => r.findings.some(f => f.severity === 'deny'))
    ? EXIT.findings
    : EXIT.ok;
}

/** Adds `manifests` to the `llmd lint` command group. */
export function registerLintManifestsCommand(
  lint: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  lint
    .command('manifests')
    .description(
      'Check the manifests of a GitOps repository: CRD schemas, EPP configs and the governance policy (docs/governance.md)',
    )
    .argument(
      '<dir>',
      'directory whose *.yaml/*.yml files are checked (at most 5 MB each; larger ones are a file-too-large denial, unread)',
    )
    .option(
      '--policy <file>',
      'policy YAML file (rules, overrides); default: the built-in recommended policy',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option(
      '--epp-dialect <id>',
      `dialect of the scheduler that loads the models' EPP configs: ${EPP_DIALECT_IDS.join(
        ', ',
      )} (detected from each config when omitted)`,
    )
    .option(
      '--crd-dir <dir>',
      'directory of CRD YAML files checked before the bundled schemas (repeatable)',
      (value: string, values: string[] = []) => [...values, value],
    )
    .option('--no-schema', 'skip schema validation')
    .action((dir: string, options: LintManifestsOptions) => {
      setExitCode(lintManifests(dir, options, io));
    });
}
