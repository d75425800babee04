import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliUsageError } from './CliUsageError';
import { writeGitopsFiles } from './writeGitopsFiles';

/*
 * Issue 22, defect 8: `llmd render --out DIR` followed symlinks inside DIR. A real temporary directory holds the
 * repository and, beside it, the directory a planted link points to.
 */
describe('writeGitopsFiles', () => {
  let base: string;
  let repo: string;
  let outside: string;
  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-write-'));
    repo = path.join(base, 'repo');
    outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(repo, 'tenants'), { recursive: true });
    fs.mkdirSync(outside);
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  const files = [
    { path: 'tenants/team-b/models/m/kustomization.yaml', content: 'b\n' },
    { path: 'tenants/team-a/models/m/kustomization.yaml', content: 'a\n' },
  ];

  /** Every file below `dir`, relative to it. */
  const tree = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter(e => !e.isDirectory())
      .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort();

  it('refuses a directory link leading out of DIR, writing nothing at all', () => {
    fs.symlinkSync('../../outside', path.join(repo, 'tenants', 'team-a'));
    expect(() => writeGitopsFiles(repo, files)).toThrow(
      new CliUsageError(
        `refusing to write through the symbolic link tenants/team-a in ${repo} (it points to ../../outside); nothing was written`,
      ),
    );
    expect(tree(outside)).toEqual([]);
    // team-b comes first and is harmless: still not written, the check precedes every write
    expect(tree(repo)).toEqual(['tenants/team-a']);
  });

  it('refuses a link that stays inside DIR and a linked file', () => {
    fs.mkdirSync(path.join(repo, 'elsewhere'));
    fs.symlinkSync('../elsewhere', path.join(repo, 'tenants', 'team-a'));
    expect(() => writeGitopsFiles(repo, files)).toThrow(/symbolic link/);

    fs.rmSync(path.join(repo, 'tenants', 'team-a'));
    fs.mkdirSync(path.join(repo, 'tenants/team-a/models/m'), {
      recursive: true,
    });
    fs.writeFileSync(path.join(outside, 'secret'), 'keep\n');
    fs.symlinkSync(
      path.join(outside, 'secret'),
      path.join(repo, 'tenants/team-a/models/m/kustomization.yaml'),
    );
    expect(() => writeGitopsFiles(repo, files)).toThrow(
      /symbolic link tenants\/team-a\/models\/m\/kustomization.yaml/,
    );
    expect(fs.readFileSync(path.join(outside, 'secret'), 'utf8')).toBe(
      'keep\n',
    );
  });

  it('writes through DIR itself being a link, and without links as before', () => {
    const linkedOut = path.join(base, 'out-link');
    fs.symlinkSync(repo, linkedOut);
    expect(writeGitopsFiles(linkedOut, files)).toEqual(files.map(f => f.path));
    expect(tree(repo)).toEqual(files.map(f => f.path).sort());
  });
});
