/**
 * Entry point of the `cluster-simulator` command (see bin/cluster-simulator and cliProgram.ts).
 */
import { runCli } from './cliProgram';

runCli(process.argv.slice(2)).catch(error => {
  process.stderr.write(`cluster-simulator: ${error?.stack ?? error}\n`);
  process.exit(1);
});
