import type { CliIo } from './cliIo';
import { runCli } from './program';
import { writeGitopsFiles } from './writeGitopsFiles';

/** Test helper: an in-memory CliIo over a map of file contents, capturing output. */
export function createTestCliIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    readFile: path => {
      if (!(path in files)) {
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      }
      return files[path];
    },
    // Real files: tests pass a temporary directory.
    writeFiles: writeGitopsFiles,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Test helper: runs `llmd <args>` over the in-memory `files`, returning the exit code and the captured output. */
export async function runTestCli(
  files: Record<string, string>,
  args: readonly string[],
) {
  const { io, stdout, stderr } = createTestCliIo(files);
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}
