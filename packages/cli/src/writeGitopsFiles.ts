import fs from 'node:fs';
import path from 'node:path';
import type { GitopsFile } from '@llmd/plugin-llmd-common';
import { CliUsageError } from './CliUsageError';

/**
 * Refuses a target reached through a symbolic link below `root` (a directory on the way or the file itself): the
 * lexical check alone would follow `tenants/team-a -> ../../outside` out of `dir`. Links that stay inside are
 * refused too, as the scaffolder's workspace writer does: a rendered file's place in the repository is its path.
 * `root` itself may be a link: the user named it.
 */
function refuseSymlinks(dir: string, root: string, target: string): void {
  let current = root;
  for (const part of path.relative(root, target).split(path.sep)) {
    current = path.join(current, part);
    let isLink: boolean;
    try {
      isLink = fs.lstatSync(current).isSymbolicLink();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // nothing below a missing directory can be a link; the write reports a file in the way (ENOTDIR)
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw new CliUsageError(
        `cannot inspect ${current}: ${(error as Error).message}`,
      );
    }
    if (isLink) {
      throw new CliUsageError(
        `refusing to write through the symbolic link ${path.relative(
          root,
          current,
        )} in ${dir} (it points to ${fs.readlinkSync(
          current,
        )}); nothing was written`,
      );
    }
  }
}

/**
 * Writes rendered files under `dir` (created when missing). Every path must stay inside `dir` and reach its place
 * without a symbolic link; all paths are checked before the first write, so a refusal writes nothing. Each file is
 * written to a temporary sibling first (created exclusively: a planted link there is not followed) and renamed into
 * place, so a reader never sees a half-written file.
 *
 * @returns the paths written, relative to `dir`
 */
export function writeGitopsFiles(
  dir: string,
  files: readonly GitopsFile[],
): string[] {
  const root = path.resolve(dir);
  const targets = files.map(file => {
    const target = path.resolve(root, file.path);
    if (!target.startsWith(`${root}${path.sep}`)) {
      throw new CliUsageError(`refusing to write outside ${dir}: ${file.path}`);
    }
    refuseSymlinks(dir, root, target);
    return { file, target };
  });
  for (const { file, target } of targets) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temp, file.content, { flag: 'wx' });
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw new CliUsageError(
        `cannot write ${target}: ${(error as Error).message}`,
      );
    }
  }
  return targets.map(t => path.relative(root, t.target));
}
