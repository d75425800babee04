import fs from 'fs';
import path from 'path';

/** Environment variable that points at the shared data directory (the one holding `reference/`). */
export const SHARED_DIR_ENV = 'LLMD_SHARED_DIR';

/**
 * Locates the shared data directory (`.../shared`, the parent of `reference/`).
 *
 * The repository is cloned to different places (locally `/work/main` with `/work/shared` beside
 * it; in CI some checkout directory with `shared/` beside it), so no absolute path is assumed:
 * `LLMD_SHARED_DIR` wins when set, otherwise we walk up from `startDir` until a directory whose
 * sibling `shared/reference` exists. The reference files are read in place, never copied.
 *
 * @param startDir - where to start walking up; defaults to this package's directory.
 * @returns the absolute path of the shared directory.
 * @throws when nothing is found, with a message that says how to fix it.
 * @public
 */
export function findSharedDir(startDir: string = packageDir()): string {
  const fromEnv = process.env[SHARED_DIR_ENV];
  if (fromEnv) {
    const dir = path.resolve(fromEnv);
    if (!isDirectory(path.join(dir, 'reference'))) {
      throw new Error(
        `${SHARED_DIR_ENV}=${fromEnv} has no reference/ directory`,
      );
    }
    return dir;
  }
  let dir = path.resolve(startDir);
  for (;;) {
    const parent = path.dirname(dir);
    const candidate = path.join(parent, 'shared');
    if (isDirectory(path.join(candidate, 'reference'))) {
      return candidate;
    }
    if (parent === dir) {
      break;
    }
    dir = parent;
  }
  throw new Error(
    `Could not find shared/reference beside any parent of ${startDir}; ` +
      `clone the shared data next to the repository or set ${SHARED_DIR_ENV}`,
  );
}

/**
 * The default CRD roots: `<shared>/reference/crds` and `<shared>/reference/kserve`.
 *
 * @public
 */
export function defaultCrdRoots(startDir?: string): string[] {
  const shared = findSharedDir(startDir);
  return [
    path.join(shared, 'reference', 'crds'),
    path.join(shared, 'reference', 'kserve'),
  ];
}

/**
 * This package's directory, found through module resolution (the workspace link in
 * node_modules) rather than `__dirname`, which would point elsewhere in a bundled build.
 * Falls back to the working directory, from which walking up works too in this repository.
 */
export function packageDir(): string {
  try {
    return path.dirname(
      require.resolve('@llmd/crd-validator/package.json'),
    );
  } catch {
    return process.cwd();
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
