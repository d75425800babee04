import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { GitopsFile } from '@llmd/plugin-llmd-common';

/**
 * Writes rendered files under `<workspace>/<targetPath>`. Every path is resolved with `resolveSafeChildPath` first
 * (symlinks included), so nothing is written unless all of them stay inside the workspace.
 *
 * @returns the workspace-relative paths written, in order
 */
export async function writeWorkspaceFiles(
  workspacePath: string,
  targetPath: string,
  files: readonly GitopsFile[],
): Promise<string[]> {
  const root = resolveSafeChildPath(workspacePath, targetPath);
  const targets = files.map(file => ({
    file,
    target: resolveSafeChildPath(root, file.path),
  }));
  for (const { file, target } of targets) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content, 'utf8');
  }
  return targets.map(({ target }) =>
    path.relative(workspacePath, target).split(path.sep).join('/'),
  );
}
