import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { GitopsFile } from '@llmd/plugin-llmd-common';

const YAML_FILE = /\.ya?ml$/i;

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    // Git metadata is not part of the change; symlinks could point outside the workspace.
    if (entry.name === '.git' || entry.isSymbolicLink()) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(full);
  }
}

/**
 * Reads every YAML file under `<workspace>/<subPath>`, with paths relative to that directory (which stands for the
 * GitOps repository root), sorted.
 */
export async function readWorkspaceYamlFiles(
  workspacePath: string,
  subPath: string,
): Promise<GitopsFile[]> {
  const root = resolveSafeChildPath(workspacePath, subPath);
  const found: string[] = [];
  await walk(root, found);
  return Promise.all(
    found.map(async file => ({
      path: path.relative(root, file).split(path.sep).join('/'),
      content: await fs.readFile(file, 'utf8'),
    })),
  );
}
