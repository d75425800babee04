import { Command, CommanderError } from 'commander';
import type { CliIo } from './cliIo';
import { CliUsageError, EXIT } from './CliUsageError';
import { registerDiagnoseCommand } from './commands/diagnose';
import { registerEppDialectsCommand } from './commands/eppDialects';
import { registerLintEppCommand } from './commands/lintEpp';
import { registerLintManifestsCommand } from './commands/lintManifests';
import { registerRenderCommand } from './commands/render';

/**
 * Builds the `llmd` program. Command groups (`lint`, `epp`) and `render` get one file per subcommand under commands/.
 */
function createProgram(
  io: CliIo,
  setExitCode: (code: number) => void,
): Command {
  const program = new Command('llmd')
    .description(
      'Tools for llm-d GitOps repositories and clusters: render manifests, lint EndpointPicker (EPP) configs and manifests against the governance policy, diagnose why a model cannot be reached',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();
  registerRenderCommand(program, io, setExitCode);
  const lint = program
    .command('lint')
    .description('Check files without changing them');
  registerLintEppCommand(lint, io, setExitCode);
  registerLintManifestsCommand(lint, io, setExitCode);
  const epp = program.command('epp').description('EndpointPicker (EPP) tools');
  registerEppDialectsCommand(epp, io, setExitCode);
  registerDiagnoseCommand(program, io, setExitCode);
  // subcommands inherit the overrides so usage errors never exit the process from inside commander
  for (const group of [lint, epp]) {
    group
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  return program;
}

/**
 * Runs the CLI with user arguments (without node and script) and returns the exit code: 0 ok, 1 findings,
 * 2 usage error. Never throws; unexpected failures are reported in one line with exit code 1... except usage ones.
 */
export async function runCli(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, code => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its one-line message (or the help text)
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = (error as Error)?.message ?? String(error);
    io.stderr(`llmd: ${message.split('\n')[0]}\n`);
    return error instanceof CliUsageError ? EXIT.usage : EXIT.findings;
  }
}
