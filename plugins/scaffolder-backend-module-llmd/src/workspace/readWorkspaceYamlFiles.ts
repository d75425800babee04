import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { GitopsFile } from '@llmd/plugin-llmd-common';
import { listWorkspaceFiles } from './listWorkspaceFiles';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Reads every YAML file under `<workspace>/<subPath>`, with paths relative to that directory (which stands for the
 * GitOps repository root), sorted. Listed like a push lists them: `.git` is skipped and symlinks are never followed
 * (they could point outside the workspace).
 */
export async function readWorkspaceYamlFiles(
  workspacePath: string,
  subPath: string,
): Promise<GitopsFile[]> {
  const root = resolveSafeChildPath(workspacePath, subPath);
  const { files } = await listWorkspaceFiles(root);
  return Promise.all(
    files
      .filter(file => YAML_FILE.test(file))
      .map(async file => ({
        path: file,
        content: await fs.readFile(path.join(root, file), 'utf8'),
      })),
  );
}
