import { lstat, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** What a directory of the workspace holds, as `/`-separated paths relative to it. */
export interface WorkspaceListing {
  /** Regular files, sorted. */
  files: string[];
  /**
   * Symlinks (and other non-regular entries), sorted. They are never
   * followed: a symlink could point anywhere on the backend's disk.
   */
  others: string[];
}

/**
 * Lists every file below `dir` without following symlinks; `.git`
 * directories are skipped (git refuses them in a tree anyway).
 */
export async function listWorkspaceFiles(
  dir: string,
): Promise<WorkspaceListing> {
  const listing: WorkspaceListing = { files: [], others: [] };
  async function walk(relDir: string): Promise<void> {
    const entries = await readdir(join(dir, relDir), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relDir ? posix.join(relDir, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git') await walk(rel);
      } else if (entry.isFile()) {
        listing.files.push(rel);
      } else {
        listing.others.push(rel);
      }
    }
  }
  if ((await lstat(dir)).isDirectory()) await walk('');
  listing.files.sort();
  listing.others.sort();
  return listing;
}
