import git from 'isomorphic-git';
import fs from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Why a compare-and-swap did not move the ref. */
export type RefSwapOutcome = 'swapped' | 'moved' | 'locked';

/**
 * Moves `ref` of the bare repository `gitdir` to `newOid` only if it still
 * points to `expectedOld` (undefined: only if it does not exist yet) — what
 * `git update-ref <ref> <new> <old>` does, with git's own locking protocol:
 * `<ref>.lock` is created exclusively, the current value is checked under
 * the lock, and the lock file is renamed over the ref. So it is atomic
 * against other portal replicas and against git itself (which honours the
 * same lock files), not only within this process.
 *
 * @returns `swapped`; `moved` when the ref no longer has `expectedOld`;
 *   `locked` when someone else holds the ref's lock right now
 */
export async function compareAndSwapRef(
  gitdir: string,
  ref: string,
  newOid: string,
  expectedOld: string | undefined,
): Promise<RefSwapOutcome> {
  const refPath = join(gitdir, ref);
  const lockPath = `${refPath}.lock`;
  await mkdir(dirname(refPath), { recursive: true });
  let lock;
  try {
    lock = await open(lockPath, 'wx');
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return 'locked';
    throw error;
  }
  let renamed = false;
  try {
    if ((await resolveRef(gitdir, ref)) !== expectedOld) return 'moved';
    await lock.writeFile(`${newOid}\n`);
    await lock.sync();
    await lock.close();
    await rename(lockPath, refPath);
    renamed = true;
    return 'swapped';
  } finally {
    if (!renamed) {
      await lock.close().catch(() => undefined);
      await unlink(lockPath).catch(() => undefined);
    }
  }
}

/** The commit a ref points to (loose or packed), or undefined when there is no such ref. */
export async function resolveRef(
  gitdir: string,
  ref: string,
): Promise<string | undefined> {
  try {
    return await git.resolveRef({ fs, gitdir, ref });
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return undefined;
    throw error;
  }
}
