import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';

/**
 * Writes a file under a temporary name and renames it into place, so that no reader ever sees it half written.
 */
async function writeFileAtomically(
  path: string,
  data: Uint8Array | string,
  options?: Parameters<typeof writeFile>[2],
): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(6).toString(
    'hex',
  )}`;
  try {
    await writeFile(temporary, data, options);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * The file system isomorphic-git gets for writing into a shared bare repository: node's, except that files are
 * written atomically. isomorphic-git writes a loose object in place (truncate, then write) and skips objects that
 * exist; without this, a run racing another for the same object could commit a reference to a file the other is
 * still writing, and a reader (git, another replica) could find it truncated. Git itself writes objects the same
 * way: a temporary file, then a rename.
 */
export const atomicWriteFs = {
  promises: { ...fs.promises, writeFile: writeFileAtomically },
};
