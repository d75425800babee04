import { Argument, Command, Option } from 'commander';
import {
  EPP_DIALECT_IDS,
  formatInputProblem,
  isEppDialectId,
  LLMISVC_API_VERSIONS,
  parseYamlDocument,
  RENDER_KINDS,
  renderFromInput,
  resolveRenderTarget,
  SCHEDULER_TEMPLATES,
  detectSchedulerObjectDialect,
  type EppDialectId,
  type KubeObjectLike,
  type LlmisvcApiVersion,
  type RenderKind,
  type SchedulerTemplate,
} from '@llmd/plugin-llmd-common';
import type { CliIo } from '../cliIo';
import { CliUsageError, EXIT } from '../CliUsageError';

/** Options of `llmd render`. */
export interface RenderOptions {
  readonly file: string;
  readonly llmisvcVersion?: LlmisvcApiVersion;
  /** A dialect id, or `auto` to detect it from {@link RenderOptions.schedulerFile}. */
  readonly eppDialect?: string;
  readonly schedulerTemplate?: SchedulerTemplate;
  /** The scheduler's Deployment or the controller's LLMInferenceServiceConfig, for `--epp-dialect auto`. */
  readonly schedulerFile?: string;
  readonly out?: string;
}

/** The dialect to render for: the one named, or with `auto` the one the scheduler file shows (said on stderr). */
function chosenDialect(
  options: RenderOptions,
  io: CliIo,
): EppDialectId | undefined {
  const dialect = options.eppDialect;
  if (dialect === 'auto') {
    if (!options.schedulerFile) {
      throw new CliUsageError(
        '--epp-dialect auto needs --scheduler-file (the scheduler Deployment or LLMInferenceServiceConfig)',
      );
    }
    const object = readInput(options.schedulerFile, 'scheduler', io);
    if (!isKubeObject(object)) {
      throw new CliUsageError(
        `${options.schedulerFile}: expected a Kubernetes object (kind, metadata.name)`,
      );
    }
    const detected = detectSchedulerObjectDialect(object);
    io.stderr(
      `llmd: EPP dialect ${detected.summary}\n${[
        ...detected.evidence,
        ...(detected.conflict ? [detected.conflict] : []),
      ]
        .map(line => `  ${line}\n`)
        .join('')}`,
    );
    return detected.id;
  }
  if (dialect !== undefined && !isEppDialectId(dialect)) {
    throw new CliUsageError(
      `unknown EPP dialect "${dialect}"; known: ${EPP_DIALECT_IDS.join(
        ', ',
      )}, auto`,
    );
  }
  return dialect;
}

function isKubeObject(value: unknown): value is KubeObjectLike {
  const object = value as KubeObjectLike | null;
  return (
    typeof object === 'object' &&
    object !== null &&
    typeof object.kind === 'string' &&
    typeof object.metadata?.name === 'string'
  );
}

function readInput(file: string, kindHint: string, io: CliIo): unknown {
  let text: string;
  try {
    text = io.readFile(file === '-' ? '/dev/stdin' : file);
  } catch (error) {
    throw new CliUsageError(
      `cannot read ${file}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const doc = parseYamlDocument(text, { prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const where = error.linePos?.[0];
    throw new CliUsageError(
      `${file}${where ? `:${where.line}:${where.col}` : ''}: ${
        error.message.split('\n')[0]
      }`,
    );
  }
  if (doc.contents === null) {
    throw new CliUsageError(`${file}: is empty, expected a ${kindHint} input`);
  }
  return doc.toJS();
}

/**
 * Renders one input file. Invalid input: one `field: problem` line per problem on stderr, nothing on stdout,
 * nothing written, exit code 2.
 */
function renderInputFile(
  kind: RenderKind,
  options: RenderOptions,
  io: CliIo,
): number {
  const dialect = chosenDialect(options, io);
  const target = resolveRenderTarget({
    llmisvcApiVersion: options.llmisvcVersion,
    eppDialect: dialect,
    schedulerTemplate: options.schedulerTemplate,
  });
  const outcome = renderFromInput(
    kind,
    readInput(options.file, kind, io),
    target,
  );
  if (!outcome.success) {
    io.stderr(
      `${outcome.problems.map(p => formatInputProblem(p)).join('\n')}\n`,
    );
    return EXIT.usage;
  }
  if (kind === 'model' && dialect === undefined) {
    // The EPP config of a model depends on the scheduler version; say which one was assumed.
    io.stderr(
      `llmd: assuming EPP dialect ${target.eppDialect} (the OpenShift AI 3.x scheduler); pass --epp-dialect for another\n`,
    );
  }
  const { files } = outcome.result;
  if (options.out) {
    for (const written of io.writeFiles(options.out, files)) {
      io.stdout(`wrote ${written}\n`);
    }
  } else {
    // Kustomizations only make sense as files; the stream holds the manifests, each with its header.
    io.stdout(
      files
        .filter(f => !f.path.endsWith('kustomization.yaml'))
        .map(f => f.content)
        .join('---\n'),
    );
  }
  return EXIT.ok;
}

/** Registers `llmd render <kind> -f INPUT`. */
export function registerRenderCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('render')
    .description(
      'Render GitOps manifests from an input file (see docs/render.md for the input formats)',
    )
    .addArgument(new Argument('<kind>', 'what to render').choices(RENDER_KINDS))
    .requiredOption('-f, --file <input>', 'input YAML file ("-" reads stdin)')
    .addOption(
      new Option(
        '--llmisvc-version <version>',
        'LLMInferenceService API version of the target cluster (default v1alpha1)',
      ).choices(LLMISVC_API_VERSIONS),
    )
    .option(
      '--epp-dialect <id>',
      'EPP dialect of the target scheduler (see `llmd epp dialects`), or auto to read it from --scheduler-file',
    )
    .addOption(
      new Option(
        '--scheduler-template <template>',
        "v1alpha1: the controller's scheduler template the arguments extend (default: the one the dialect's flags need; openshift-ai without a dialect)",
      ).choices(SCHEDULER_TEMPLATES),
    )
    .option(
      '--scheduler-file <file>',
      "with --epp-dialect auto: the scheduler's Deployment, or the LLMInferenceServiceConfig of the controller's scheduler template",
    )
    .option(
      '--out <dir>',
      'write the files in the GitOps layout under DIR instead of printing a YAML stream',
    )
    .action((kind: RenderKind, options: RenderOptions) => {
      setExitCode(renderInputFile(kind, options, io));
    });
}
