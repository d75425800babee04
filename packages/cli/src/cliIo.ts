import type { GitopsFile } from '@llmd/plugin-llmd-common';
import { listTreeFiles, type TreeListing } from './listTreeFiles';
import { readTextFile } from './readTextFile';
import { writeGitopsFiles } from './writeGitopsFiles';

/** What commands need from the outside world, so tests can run them in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Reads a text file; throws when it cannot, and a FileTooLargeError (without reading it) when it has more than
   * `maxBytes` bytes.
   */
  readonly readFile: (path: string, maxBytes?: number) => string;
  /**
   * Lists the regular files below a directory (relative, `/`-separated, sorted; `.git` and `node_modules` skipped,
   * symlinks never followed); throws CliUsageError when it is not a readable directory.
   */
  readonly listFiles: (dir: string) => TreeListing;
  /** Writes files under a directory (paths confined to it); returns the paths written. */
  readonly writeFiles: (dir: string, files: readonly GitopsFile[]) => string[];
}

/** The real process streams and file system. */
export const nodeCliIo: CliIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  readFile: readTextFile,
  listFiles: listTreeFiles,
  writeFiles: writeGitopsFiles,
};
