import { InputError } from '@backstage/errors';
import git, { type TreeEntry } from 'isomorphic-git';
import { atomicWriteFs as fs } from './atomicWriteFs';
import type { UnitContents, UnitFile } from './pushBranchRequest';

/** A directory being edited: untouched subdirectories stay as their tree entry. */
interface DirNode {
  entries: Map<string, TreeEntry | DirNode>;
}

const isDirNode = (entry: TreeEntry | DirNode): entry is DirNode =>
  'entries' in entry;

/** The tree a push commits, and what it changed. */
export interface TreeEdit {
  /** The new root tree's object id (equal to the base's when nothing changed). */
  tree: string;
  /** Repository paths added, modified or removed, sorted. */
  changedFiles: string[];
}

/**
 * Writes, into the git directory `gitdir`, the tree of `baseTree` with each
 * unit replaced as a whole by its new contents (no files: the unit is
 * removed). Only the directories on the way to a unit are rewritten; every
 * other subtree is kept by object id, so the rest of the repository cannot
 * change.
 *
 * @param gitdir - a (bare) git directory holding `baseTree`
 * @param baseTree - object id of the tree to start from
 * @param units - the units and their new files
 */
export async function replaceUnitsInTree(
  gitdir: string,
  baseTree: string,
  units: UnitContents,
): Promise<TreeEdit> {
  const root = await loadDir(gitdir, baseTree);
  const changed = new Set<string>();

  for (const [unit, files] of units) {
    const segments = unit.split('/');
    const name = segments.pop()!;
    const parent = await openParentDir(gitdir, root, unit, segments);

    const before = new Map<string, string>();
    const old = parent.entries.get(name);
    if (old) await flatten(gitdir, old, unit, before);

    const { replacement, after } = await writeUnitFiles(gitdir, unit, files);
    if (files.length > 0) parent.entries.set(name, replacement);
    else parent.entries.delete(name);

    for (const filePath of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(filePath) !== after.get(filePath)) changed.add(filePath);
    }
  }

  return {
    tree: (await writeDir(gitdir, root)) ?? (await emptyTree(gitdir)),
    changedFiles: [...changed].sort(),
  };
}

async function loadDir(gitdir: string, oid: string): Promise<DirNode> {
  const { tree } = await git.readTree({ fs, gitdir, oid });
  return { entries: new Map(tree.map(entry => [entry.path, entry])) };
}

/** Walks (and opens for editing) the directories leading to a unit, creating the missing ones. */
async function openParentDir(
  gitdir: string,
  root: DirNode,
  unit: string,
  segments: readonly string[],
): Promise<DirNode> {
  let parent = root;
  let path = '';
  for (const segment of segments) {
    path = path ? `${path}/${segment}` : segment;
    const entry: TreeEntry | DirNode = parent.entries.get(segment) ?? {
      entries: new Map(),
    };
    if (!isDirNode(entry) && entry.type !== 'tree') {
      throw new InputError(
        `unit '${unit}': '${path}' is a file in the repository, not a directory`,
      );
    }
    const dir = isDirNode(entry) ? entry : await loadDir(gitdir, entry.oid);
    parent.entries.set(segment, dir);
    parent = dir;
  }
  return parent;
}

/** Writes a unit's files as blobs into a new directory; `after` maps each path to its `"mode oid"`. */
async function writeUnitFiles(
  gitdir: string,
  unit: string,
  files: readonly UnitFile[],
): Promise<{ replacement: DirNode; after: Map<string, string> }> {
  const replacement: DirNode = { entries: new Map() };
  const after = new Map<string, string>();
  for (const file of files) {
    const oid = await git.writeBlob({
      fs,
      gitdir,
      blob: new Uint8Array(file.content),
    });
    const mode = file.executable ? '100755' : '100644';
    after.set(file.path, `${mode} ${oid}`);
    const parts = file.path.slice(unit.length + 1).split('/');
    const fileName = parts.pop()!;
    let dir = replacement;
    for (const part of parts) {
      let next = dir.entries.get(part);
      if (!next || !isDirNode(next)) {
        next = { entries: new Map() };
        dir.entries.set(part, next);
      }
      dir = next;
    }
    dir.entries.set(fileName, { mode, path: fileName, oid, type: 'blob' });
  }
  return { replacement, after };
}

/** Records `path → "mode oid"` for every file under `entry`. */
async function flatten(
  gitdir: string,
  entry: TreeEntry | DirNode,
  path: string,
  into: Map<string, string>,
): Promise<void> {
  if (isDirNode(entry)) {
    for (const [name, child] of entry.entries) {
      await flatten(gitdir, child, `${path}/${name}`, into);
    }
  } else if (entry.type === 'tree') {
    const { tree } = await git.readTree({ fs, gitdir, oid: entry.oid });
    for (const child of tree) {
      await flatten(gitdir, child, `${path}/${child.path}`, into);
    }
  } else {
    into.set(path, `${entry.mode} ${entry.oid}`);
  }
}

/** Writes an edited directory bottom-up; undefined when it ends up empty (git keeps no empty directories). */
async function writeDir(
  gitdir: string,
  dir: DirNode,
): Promise<string | undefined> {
  const tree: TreeEntry[] = [];
  for (const [name, entry] of dir.entries) {
    if (!isDirNode(entry)) {
      tree.push(entry);
      continue;
    }
    const oid = await writeDir(gitdir, entry);
    if (oid) tree.push({ mode: '040000', path: name, oid, type: 'tree' });
  }
  return tree.length > 0 ? git.writeTree({ fs, gitdir, tree }) : undefined;
}

function emptyTree(gitdir: string): Promise<string> {
  return git.writeTree({ fs, gitdir, tree: [] });
}
