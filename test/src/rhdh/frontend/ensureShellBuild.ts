import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@internal/test-support';

const frontendDir = join(repoRoot, 'test/src/rhdh/frontend');

/** The shell's sources, its build script and the lockfile: what the bundle depends on. */
function shellInputsHash(): string {
  const hash = createHash('sha256');
  const shellDir = join(frontendDir, 'shell');
  const files = [
    ...readdirSync(shellDir).map(f => join(shellDir, f)),
    join(frontendDir, 'buildShell.ts'),
    join(repoRoot, 'package-lock.json'),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  hash.update(process.env.LLMD_SHELL_UNSHARED ?? '');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The webpack build of the test shell (buildShell.ts, ~30 s), kept in node_modules/.cache under the hash of its
 * inputs, so later runs reuse it. Returns the folder holding main.js.
 */
export function ensureShellBuild(): string {
  const outDir = join(
    repoRoot,
    'node_modules',
    '.cache',
    'llmd-rhdh-shell',
    shellInputsHash(),
  );
  if (existsSync(join(outDir, 'main.js'))) return outDir;
  const build = spawnSync(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      join(frontendDir, 'buildShell.ts'),
      `${outDir}.tmp`,
    ],
    { cwd: join(repoRoot, 'test'), encoding: 'utf8', timeout: 300_000 },
  );
  if (build.status !== 0) {
    throw new Error(
      `building the shell failed:\n${build.stderr}${build.stdout}`,
    );
  }
  spawnSync('mv', ['-T', `${outDir}.tmp`, outDir]);
  return outDir;
}
