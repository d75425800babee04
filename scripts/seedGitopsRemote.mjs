// Creates the dev portal's local GitOps remote: a bare git repository seeded
// with examples/gitops/, so templates have somewhere to push branches with no
// forge configured. An existing repository is left untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gitIdentity = [
  '-c',
  'user.name=llm-d portal',
  '-c',
  'user.email=llmd-portal@localhost',
  '-c',
  'init.defaultBranch=main',
  '-c',
  'commit.gpgsign=false',
];

function git(cwd, ...args) {
  execFileSync('git', [...gitIdentity, ...args], { cwd, stdio: 'pipe' });
}

/**
 * Seeds `remoteDir` (a bare repository) from `exampleDir` unless it exists.
 * @returns {boolean} true when the repository was created now.
 */
export function seedGitopsRemote({ exampleDir, remoteDir, branch = 'main' }) {
  if (existsSync(join(remoteDir, 'HEAD'))) return false;
  mkdirSync(remoteDir, { recursive: true });
  git(remoteDir, 'init', '--bare', '--quiet', `--initial-branch=${branch}`);
  const work = mkdtempSync(join(tmpdir(), 'llmd-gitops-seed-'));
  try {
    cpSync(exampleDir, work, { recursive: true });
    git(work, 'init', '--quiet', `--initial-branch=${branch}`);
    git(work, 'add', '--all');
    git(work, 'commit', '--quiet', '-m', 'Seed from examples/gitops');
    git(work, 'push', '--quiet', remoteDir, `HEAD:refs/heads/${branch}`);
  } catch (error) {
    // Never leave a half-made remote behind: the next start retries cleanly.
    rmSync(remoteDir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return true;
}
