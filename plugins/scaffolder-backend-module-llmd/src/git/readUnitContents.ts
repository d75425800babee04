import { InputError } from '@backstage/errors';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnitContents } from './pushBranchRequest';
import { isInUnit } from './resolveUnits';
import type { WorkspaceListing } from '../workspace/listWorkspaceFiles';

/**
 * Reads the files of each unit from the source directory.
 *
 * Only files of `listing` are read, so symlinks are never followed; a
 * symlink inside a unit is an error rather than a silently missing file.
 *
 * @param sourceDir - the real path of the source directory
 * @param listing - what listWorkspaceFiles found in it
 * @param units - normalized units (see resolveUnits)
 */
export async function readUnitContents(
  sourceDir: string,
  listing: WorkspaceListing,
  units: string[],
): Promise<UnitContents> {
  const contents: UnitContents = new Map();
  for (const unit of units) {
    // A symlinked ancestor would otherwise make the unit look empty (removed).
    const links = listing.others.filter(
      path => isInUnit(path, unit) || isInUnit(unit, path),
    );
    if (links.length > 0) {
      throw new InputError(
        `unit '${unit}' holds symlinks or special files, which are not pushed: ${links.join(
          ', ',
        )}`,
      );
    }
    const files = [];
    for (const path of listing.files.filter(file => isInUnit(file, unit))) {
      if (path === unit) {
        throw new InputError(`unit '${unit}' is a file, not a directory`);
      }
      const absolute = join(sourceDir, path);
      files.push({
        path,
        content: await readFile(absolute),
        // eslint-disable-next-line no-bitwise
        executable: ((await stat(absolute)).mode & 0o111) !== 0,
      });
    }
    contents.set(unit, files);
  }
  return contents;
}
