import { InputError } from '@backstage/errors';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve, sep, win32 } from 'node:path';

/**
 * Normalizes a repository-relative directory (`./tenants/a/` → `tenants/a`).
 *
 * Template input decides where files land in the GitOps repository, so a
 * path that is absolute, climbs out with `..`, names the repository root or
 * touches `.git` is refused rather than silently clamped.
 *
 * @param value - the path as given
 * @param field - the action input it came from, for the message
 */
export function normalizeRepoPath(value: string, field: string): string {
  const fail = (problem: string) =>
    new InputError(`${field} '${value}': ${problem}`);
  if (value.includes('\\')) throw fail("must use '/' as separator");
  if (posix.isAbsolute(value) || win32.isAbsolute(value)) {
    throw fail('must be relative to the repository root');
  }
  if (value.split('/').includes('..')) throw fail("must not contain '..'");
  const normalized = posix.normalize(value).replace(/\/+$/, '');
  if (normalized === '.' || normalized === '') {
    throw fail('must name a directory below the repository root');
  }
  if (normalized.split('/').includes('.git')) {
    throw fail("must not contain '.git'");
  }
  return normalized;
}

/** Whether `child` is `parent` itself or lies below it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return (
    rel === '' ||
    (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
  );
}

/**
 * Resolves `sourcePath` (workspace-relative) to a directory inside the
 * workspace, following symlinks, so that nothing outside it is ever read.
 *
 * @returns the absolute, real path of the directory
 */
export async function resolveSourceDir(
  workspacePath: string,
  sourcePath: string,
): Promise<string> {
  const fail = (problem: string) =>
    new InputError(`sourcePath '${sourcePath}': ${problem}`);
  if (isAbsolute(sourcePath) || win32.isAbsolute(sourcePath)) {
    throw fail('must be relative to the workspace');
  }
  const workspace = await realpath(workspacePath);
  const wanted = resolve(workspace, sourcePath);
  if (!isInside(workspace, wanted))
    throw fail('must stay inside the workspace');
  let real: string;
  try {
    real = await realpath(wanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw fail('does not exist in the workspace');
    }
    throw error;
  }
  if (!isInside(workspace, real)) {
    throw fail('leads out of the workspace through a symlink');
  }
  if (!(await stat(real)).isDirectory()) throw fail('is not a directory');
  return real;
}
