import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@internal/test-support';

// scripts/seedGitopsRemote.mjs is what `npm start` runs to create the dev
// portal's local GitOps remote; exercise it with real git.
function seed(exampleDir: string, remoteDir: string): string {
  const script = `import(${JSON.stringify(
    join(repoRoot, 'scripts', 'seedGitopsRemote.mjs'),
  )}).then(m => console.log(m.seedGitopsRemote(${JSON.stringify({
    exampleDir,
    remoteDir,
  })})))`;
  return execFileSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('seedGitopsRemote', () => {
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'llmd-seed-test-'));
  });

  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('creates a bare repository holding examples/gitops on main', () => {
    const remote = join(work, 'gitops.git');
    expect(seed(join(repoRoot, 'examples', 'gitops'), remote)).toBe('true');

    expect(git(remote, 'rev-parse', '--is-bare-repository').trim()).toBe(
      'true',
    );
    const files = git(remote, 'ls-tree', '-r', '--name-only', 'main')
      .trim()
      .split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'tenants/team-a/base/gateway.yaml',
        'tenants/team-a/models/granite-8b/llminferenceservice.yaml',
      ]),
    );
  });

  it('leaves an existing repository untouched', () => {
    const remote = join(work, 'gitops.git');
    seed(join(repoRoot, 'examples', 'gitops'), remote);
    const head = git(remote, 'rev-parse', 'main');

    expect(seed(join(repoRoot, 'examples', 'gitops'), remote)).toBe('false');
    expect(git(remote, 'rev-parse', 'main')).toBe(head);
  });

  it('removes a half-made repository when seeding fails', () => {
    const remote = join(work, 'gitops.git');
    const notADirectory = join(work, 'not-a-dir');
    writeFileSync(notADirectory, 'x');
    expect(() => seed(notADirectory, remote)).toThrow();
    expect(() => git(remote, 'rev-parse', '--git-dir')).toThrow();
  });
});
