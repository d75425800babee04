import { eventually } from '@internal/test-support';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

function holderPid(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** False only when the lock names a process that is gone (a run killed before it let go). */
function holderAlive(lockFile: string): boolean {
  const pid = holderPid(lockFile);
  // No pid yet: the holder is between creating the file and writing to it.
  if (pid === undefined) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(lockFile: string): boolean {
  try {
    // 'wx' fails when the file exists: creating it is the atomic step.
    const fd = openSync(lockFile, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!holderAlive(lockFile)) rmSync(lockFile, { force: true });
    return false;
  }
}

/**
 * A lock across the Jest workers that run test files in parallel: waits until no other process holds `lockFile`
 * (one whose holder died is taken over), then holds it; returns the function that lets go. The browser tests hold
 * it around the dev portal (ports 3000 and 7007), the RHDH tests around `npm run export:dynamic`.
 *
 * @param lockFile - the lock's path; it holds the holder's pid
 * @param timeoutMs - how long to wait for the other holder to finish
 */
export async function acquirePidLock(
  lockFile: string,
  timeoutMs: number,
): Promise<() => void> {
  await eventually(
    `the lock ${lockFile} (held by pid ${holderPid(lockFile)})`,
    () => tryLock(lockFile),
    { timeoutMs, intervalMs: 2000 },
  );
  return () => {
    if (holderPid(lockFile) === process.pid) rmSync(lockFile, { force: true });
  };
}
