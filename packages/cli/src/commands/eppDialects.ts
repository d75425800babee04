import { Command, Option } from 'commander';
import { DEFAULT_EPP_DIALECT, listEppDialects } from '@llmd/plugin-llmd-common';
import type { CliIo } from '../cliIo';
import { EXIT } from '../CliUsageError';

/** Prints the supported EPP dialects; returns the exit code. */
function printEppDialects(format: 'text' | 'json', io: CliIo): number {
  const dialects = listEppDialects().map(d => ({
    id: d.id,
    title: d.title,
    upstream: d.upstream,
    apiVersions: d.apiVersions.map(a => a.value),
    default: d.id === DEFAULT_EPP_DIALECT,
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(dialects, null, 2)}\n`);
  } else {
    const width = Math.max(...dialects.map(d => d.id.length));
    io.stdout(
      dialects
        .map(
          d =>
            `${d.id.padEnd(width)}  ${d.title}${
              d.default ? ' (default)' : ''
            }\n`,
        )
        .join(''),
    );
  }
  return EXIT.ok;
}

/** Adds `dialects` to the `llmd epp` command group. */
export function registerEppDialectsCommand(
  epp: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  epp
    .command('dialects')
    .description(
      'List the EndpointPicker config dialects (EPP versions) the linter knows',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action((options: { format: 'text' | 'json' }) => {
      setExitCode(printEppDialects(options.format, io));
    });
}
