import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// Tests must not depend on the machine's git identity or signing settings.
const isolated = [
  '-c',
  'user.name=seed',
  '-c',
  'user.email=seed@localhost',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main',
];

/** Runs the git CLI on a bare repository and returns its trimmed output. */
export function gitIn(gitDir: string, ...args: string[]): string {
  return execFileSync('git', [...isolated, '--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Files of a branch, sorted (`git ls-tree -r --name-only`). */
export function filesOf(gitDir: string, ref: string): string[] {
  return gitIn(gitDir, 'ls-tree', '-r', '--name-only', ref)
    .split('\n')
    .filter(Boolean);
}

/** Every ref of the repository with its commit, to assert that nothing moved. */
export function refsOf(gitDir: string): string {
  return gitIn(gitDir, 'for-each-ref', '--format=%(refname) %(objectname)');
}

/**
 * Creates the bare repository `<parentDir>/<name>` with one commit on `main`
 * holding `files` (repository path → content), made with the git CLI.
 */
export function createBareRepository(
  parentDir: string,
  files: Record<string, string>,
  name = 'gitops.git',
): string {
  const gitDir = join(parentDir, name);
  execFileSync('git', [...isolated, 'init', '--quiet', '--bare', gitDir]);
  const work = mkdtempSync(join(tmpdir(), 'llmd-seed-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), content);
    }
    const git = (...args: string[]) =>
      execFileSync('git', [...isolated, '-C', work, ...args], {
        stdio: 'pipe',
      });
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'Seed');
    git('push', '--quiet', gitDir, 'HEAD:refs/heads/main');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return gitDir;
}
