import fs from 'node:fs';
import path from 'node:path';
import type { GitopsFile } from '@llmd/plugin-llmd-common';
import { CliUsageError } from './cliUsageError';

/**
 * Writes rendered files under `dir` (created when missing). Every path must stay inside `dir`; each file is written
 * to a temporary sibling first and renamed into place, so a reader never sees a half-written file.
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
    return { file, target };
  });
  for (const { file, target } of targets) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temp, file.content);
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
