import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquirePidLock } from './pidLock';

describe('acquirePidLock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'llmd-pid-lock-'));
    lockFile = join(dir, 'dev-portal.lock');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one holder at a time in: the next waits until the first lets go', async () => {
    const releaseFirst = await acquirePidLock(lockFile, 1_000);
    await expect(acquirePidLock(lockFile, 100)).rejects.toThrow(
      `held by pid ${process.pid}`,
    );
    const second = acquirePidLock(lockFile, 10_000);
    releaseFirst();
    const releaseSecond = await second;
    expect(existsSync(lockFile)).toBe(true);
    releaseSecond();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock whose holder is gone', async () => {
    // A pid far above Linux's pid_max: no such process.
    writeFileSync(lockFile, '99999999');
    const release = await acquirePidLock(lockFile, 5_000);
    release();
    expect(existsSync(lockFile)).toBe(false);
  });
});
