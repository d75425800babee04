import fs from 'node:fs';
import path from 'node:path';
import { CliUsageError } from './CliUsageError';

/** What a directory tree holds, as `/`-separated paths relative to its root, sorted. */
export interface TreeListing {
  /** Regular files. */
  readonly files: string[];
  /** Symlinks and other non-regular entries: never followed, since a link may lead out of the tree. */
  readonly skipped: string[];
}

/** Directories that hold no manifests of the repository: git's own data and installed packages. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * Lists every regular file below `dir` without following symlinks, skipping `.git` and `node_modules`. Throws a
 * CliUsageError when `dir` is not a readable directory.
 */
export function listTreeFiles(dir: string): TreeListing {
  const listing = { files: [] as string[], skipped: [] as string[] };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    throw new CliUsageError(
      `cannot read directory ${dir}: ${
        (error as NodeJS.ErrnoException).code ?? (error as Error).message
      }`,
    );
  }
  if (!stat.isDirectory()) {
    throw new CliUsageError(`${dir} is not a directory`);
  }
  const pending = [''];
  while (pending.length > 0) {
    const relDir = pending.pop()!;
    for (const entry of fs.readdirSync(path.join(dir, relDir), {
      withFileTypes: true,
    })) {
      const rel = relDir ? path.posix.join(relDir, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(rel);
      } else if (entry.isFile()) {
        listing.files.push(rel);
      } else {
        listing.skipped.push(rel);
      }
    }
  }
  listing.files.sort();
  listing.skipped.sort();
  return listing;
}
