import { InputError } from '@backstage/errors';
import { posix } from 'node:path';
import { normalizeRepoPath } from './confinedPaths';

/** Whether the repository path `path` lies inside the unit directory `unit`. */
export function isInUnit(path: string, unit: string): boolean {
  return path === unit || path.startsWith(`${unit}/`);
}

/** The units a push replaces, and the source files it leaves out. */
export interface ResolvedUnits {
  /** Normalized, sorted repository-relative directories; none inside another. */
  units: string[];
  /** Files of the source directory that lie in no unit (not pushed). */
  outside: string[];
}

/**
 * Decides which directories of the repository a push replaces.
 *
 * Explicit `units` are normalized and confined (see normalizeRepoPath); a unit
 * inside another one is dropped because the outer one already replaces it.
 * Without `units`, every directory directly holding a file is a unit, e.g.
 * `tenants/a/models/x/a.yaml` → `tenants/a/models/x`. A file at the source
 * root would make the whole repository a unit, which is refused: one render
 * must never wipe the rest of the GitOps repository.
 *
 * @param files - the source directory's files, relative and `/`-separated
 * @param units - the `units` input, if given
 */
export function resolveUnits(files: string[], units?: string[]): ResolvedUnits {
  let wanted: string[];
  if (units) {
    if (units.length === 0) {
      throw new InputError('units: must list at least one directory');
    }
    wanted = units.map((unit, i) => normalizeRepoPath(unit, `units[${i}]`));
  } else {
    const atRoot = files.filter(file => !file.includes('/'));
    if (atRoot.length > 0) {
      throw new InputError(
        `sourcePath holds files at its root (${atRoot.join(
          ', ',
        )}), which would ` +
          'make the whole repository one unit; move them into a directory or pass units',
      );
    }
    wanted = files.map(file => posix.dirname(file));
  }
  const sorted = [...new Set(wanted)].sort();
  const outermost = sorted.filter(
    unit => !sorted.some(other => other !== unit && isInUnit(unit, other)),
  );
  return {
    units: outermost,
    outside: files.filter(file => !outermost.some(u => isInUnit(file, u))),
  };
}
