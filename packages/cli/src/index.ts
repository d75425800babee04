/*
 * `llmd` command-line entry point (see bin/llmd).
 */
import { nodeCliIo } from './cliIo';
import { runCli } from './program';

runCli(process.argv.slice(2), nodeCliIo).then(code => {
  process.exitCode = code;
});
