import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBareRepository, gitIn } from '../__testUtils__/gitRepositories';
import { compareAndSwapRef } from './compareAndSwapRef';

describe('compareAndSwapRef', () => {
  let root: string;
  let remote: string;
  let main: string;
  let other: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'llmd-cas-'));
    remote = createBareRepository(root, { 'a.txt': 'a' });
    main = gitIn(remote, 'rev-parse', 'main');
    other = gitIn(
      remote,
      'commit-tree',
      `${main}^{tree}`,
      '-p',
      main,
      '-m',
      'x',
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const ref = 'refs/heads/llmd/model/team-a/m';

  it('creates a ref only when it does not exist yet', async () => {
    expect(await compareAndSwapRef(remote, ref, main, undefined)).toBe(
      'swapped',
    );
    expect(gitIn(remote, 'rev-parse', ref)).toBe(main);
    expect(await compareAndSwapRef(remote, ref, other, undefined)).toBe(
      'moved',
    );
    expect(gitIn(remote, 'rev-parse', ref)).toBe(main);
    expect(existsSync(join(remote, `${ref}.lock`))).toBe(false);
  });

  it('moves a ref only from the expected value, packed refs included', async () => {
    gitIn(remote, 'update-ref', ref, main);
    gitIn(remote, 'pack-refs', '--all');

    expect(await compareAndSwapRef(remote, ref, other, other)).toBe('moved');
    expect(await compareAndSwapRef(remote, ref, other, main)).toBe('swapped');
    expect(gitIn(remote, 'rev-parse', ref)).toBe(other);
    expect(() => gitIn(remote, 'fsck', '--strict')).not.toThrow();
  });

  it('leaves a ref alone while someone else (git itself) holds its lock', async () => {
    gitIn(remote, 'update-ref', ref, main);
    writeFileSync(join(remote, `${ref}.lock`), '');

    expect(await compareAndSwapRef(remote, ref, other, main)).toBe('locked');
    expect(gitIn(remote, 'rev-parse', ref)).toBe(main);
    // The foreign lock is not ours to remove.
    expect(existsSync(join(remote, `${ref}.lock`))).toBe(true);
  });
});
