import { addFiles, removeFiles } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HttpAuth } from './httpAuth';
import type { PushBranchRequest } from './pushBranchRequest';

/**
 * Replaces each unit of the clone `dir` (a working copy) and stages the difference.
 *
 * @returns the changed repository paths, sorted
 */
export async function replaceUnitsInWorkingCopy(
  dir: string,
  request: PushBranchRequest,
  auth: HttpAuth,
): Promise<string[]> {
  for (const [unit, files] of request.units) {
    await assertNoSymlinkOnTheWay(dir, unit);
    await rm(join(dir, unit), { recursive: true, force: true });
    for (const file of files) {
      const target = join(dir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content, {
        mode: file.executable ? 0o755 : 0o644,
      });
    }
  }
  const units = [...request.units.keys()];
  const matrix = await git.statusMatrix({ fs, dir, filepaths: units });
  const changed: string[] = [];
  for (const [filepath, head, workdir] of matrix) {
    // statusMatrix: head 1 = in HEAD; workdir 0 = gone, 2 = differs from HEAD.
    if (head === 1 && workdir === 0) {
      await removeFiles({ dir, filepath, auth, logger: request.logger });
      changed.push(filepath);
    } else if (workdir === 2) {
      await addFiles({ dir, filepath, auth, logger: request.logger });
      changed.push(filepath);
    }
  }
  return changed.sort();
}

/**
 * Refuses a unit below a symlink committed in the repository: deleting and
 * writing through it would touch files outside the clone.
 */
async function assertNoSymlinkOnTheWay(
  dir: string,
  unit: string,
): Promise<void> {
  let path = dir;
  for (const segment of unit.split('/').slice(0, -1)) {
    path = join(path, segment);
    const stats = await lstat(path).catch(() => undefined);
    if (!stats) return;
    if (stats.isSymbolicLink()) {
      throw new InputError(
        `unit '${unit}': the repository has a symlink on the way (${segment}); refusing to write through it`,
      );
    }
  }
}
