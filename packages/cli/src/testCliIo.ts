import { type CliIo, nodeCliIo } from './cliIo';
import { CliUsageError } from './CliUsageError';
import { FileTooLargeError } from './FileTooLargeError';
import { runCli } from './program';
import { writeGitopsFiles } from './writeGitopsFiles';

/** Test helper: an in-memory CliIo over a map of file contents, capturing output. */
function createTestCliIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    readFile: (path, maxBytes) => {
      if (!(path in files)) {
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      }
      const bytes = Buffer.byteLength(files[path]);
      if (maxBytes !== undefined && bytes > maxBytes) {
        throw new FileTooLargeError(path, maxBytes, bytes);
      }
      return files[path];
    },
    // The in-memory files below `dir` ('.' is the root of the map); symlinks do not exist in memory.
    listFiles: dir => {
      const prefix = dir === '.' ? '' : `${dir.replace(/\/+$/, '')}/`;
      const below = Object.keys(files)
        .filter(path => path.startsWith(prefix))
        .map(path => path.slice(prefix.length))
        .filter(path => !/(^|\/)(\.git|node_modules)\//.test(path))
        .sort();
      if (below.length === 0 && prefix) {
        throw new CliUsageError(`cannot read directory ${dir}: ENOENT`);
      }
      return { files: below, skipped: [] };
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

/** Test helper: runs `llmd <args>` on the real file system (e.g. a kubeconfig in a temporary directory), capturing the output. */
export async function runTestCliOnDisk(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...nodeCliIo,
    stdout: text => out.push(text),
    stderr: text => err.push(text),
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
