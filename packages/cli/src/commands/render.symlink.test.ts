import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTestCli } from '../testCliIo';

// Test fixtures live in the source tree.
const fixtures = path.join(__dirname, '__fixtures__', 'render');

/* Issue 22, defect 8 through the command: `repo/tenants/team-a -> ../../outside` must not receive the model. */
describe('llmd render --out through a symlink', () => {
  let base: string;
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  it('exits 2 naming the link, writing nothing inside or outside DIR', async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-render-link-'));
    const repo = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(repo, 'tenants'), { recursive: true });
    fs.mkdirSync(outside);
    fs.symlinkSync('../../outside', path.join(repo, 'tenants', 'team-a'));
    const input = fs.readFileSync(
      path.join(fixtures, 'model-pd-roce.yaml'),
      'utf8',
    );

    const result = await runTestCli({ 'model.yaml': input }, [
      'render',
      'model',
      '-f',
      'model.yaml',
      '--out',
      repo,
    ]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `refusing to write through the symbolic link tenants/team-a in ${repo} (it points to ../../outside); nothing was written`,
    );
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.readdirSync(path.join(repo, 'tenants'))).toEqual(['team-a']);
  });
});
