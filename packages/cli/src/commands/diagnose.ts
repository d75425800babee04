import { Command, Option } from 'commander';
import type { CliIo } from '../cliIo';
import { CliUsageError } from '../CliUsageError';
import { readKubeconfigTarget } from '../diagnose/readKubeconfigTarget';
import { runDiagnose } from '../diagnose/runDiagnose';

/** Options of `llmd diagnose`. */
interface DiagnoseOptions {
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly namespace?: string;
  readonly probe?: boolean;
  readonly format: 'text' | 'json';
}

/**
 * Diagnoses the models of the cluster and prints the report. Returns the exit code: 0 when every model is reachable,
 * 1 otherwise (also when no model matched, or the API server cannot be reached); throws CliUsageError (exit 2) for a
 * missing or unreadable kubeconfig and an unknown context.
 */
async function diagnose(
  name: string | undefined,
  options: DiagnoseOptions,
  io: CliIo,
): Promise<number> {
  if (!options.kubeconfig) {
    throw new CliUsageError(
      'diagnose needs --kubeconfig FILE (the cluster to diagnose and the credentials to read it with)',
    );
  }
  const target = readKubeconfigTarget(io, options.kubeconfig, options.context);
  return runDiagnose(
    {
      kubeconfigFile: options.kubeconfig,
      target,
      namespace: options.namespace,
      name,
      probe: options.probe ?? false,
      format: options.format,
    },
    io,
  );
}

/** Adds `diagnose` to the `llmd` program. */
export function registerDiagnoseCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('diagnose')
    .description(
      'Tell whether the models of a cluster can be reached through their Gateway, and what to fix when not: a preflight of the cluster, then per model the chain from Gateway to workload',
    )
    .argument('[name]', 'only the LLMInferenceService of this name')
    .option(
      '--kubeconfig <file>',
      'kubeconfig of the cluster (required; the credentials only need to read)',
    )
    .option('--context <name>', 'kubeconfig context (default: the current one)')
    .option(
      '-n, --namespace <namespace>',
      'only models of this namespace (default: all namespaces the credentials may list)',
    )
    .option(
      '--probe',
      "also request each model's /v1/models without a token and with one minted for its client ServiceAccount",
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (name: string | undefined, options: DiagnoseOptions) => {
      setExitCode(await diagnose(name, options, io));
    });
}
