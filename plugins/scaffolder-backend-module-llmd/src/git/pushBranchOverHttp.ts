import {
  addFiles,
  cloneRepo,
  commitAndPushBranch,
  removeFiles,
} from '@backstage/plugin-scaffolder-node';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import fs from 'node:fs';
import { lstat, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '@backstage/errors';
import type { HttpAuth } from './httpAuth';
import type { PushBranchRequest, PushBranchResult } from './pushBranchRequest';
import { baseCommitLine, nothingToPushLine } from './pushProgress';

/**
 * Commits the request's units onto a branch of a git http(s) remote: clones
 * the branch (or targetBranch when the branch is new) into a temporary
 * directory, replaces the units, and pushes a commit on top of the remote
 * head — a fast-forward, so a concurrent push makes it fail, never lose work.
 *
 * @param remote - the URL without credentials, and the credentials
 * @param request - what to commit
 */
export async function pushBranchOverHttp(
  remote: { url: string; auth: HttpAuth },
  request: PushBranchRequest,
): Promise<PushBranchResult> {
  const { url, auth } = remote;
  const { branchName, targetBranch, logger } = request;
  const { branchHead, targetHead } = await remoteHeads(remote, request);
  logger.info(baseCommitLine(request, branchHead, branchHead ?? targetHead));

  const dir = await mkdtemp(join(tmpdir(), 'llmd-push-branch-'));
  try {
    await cloneRepo({
      url,
      dir,
      auth,
      logger,
      ref: branchHead ? branchName : targetBranch,
      depth: 1,
    });
    if (!branchHead) {
      await git.branch({ fs, dir, ref: branchName, checkout: true });
    }
    const changedFiles = await replaceUnitsInWorkingCopy(dir, request, auth);
    logger.info(`Files changed: ${changedFiles.length}`);
    const head = await git.resolveRef({ fs, dir, ref: 'HEAD' });
    if (changedFiles.length === 0) {
      logger.info(nothingToPushLine(request, branchHead, head));
      return { commitHash: head, updated: Boolean(branchHead), changedFiles };
    }
    const { commitHash } = await commitAndPushBranch({
      dir,
      auth,
      logger,
      commitMessage: request.commitMessage,
      gitAuthorInfo: request.author,
      branch: branchName,
    });
    logger.info(
      `Pushed commit ${commitHash} to branch ${branchName} of ${url}`,
    );
    return { commitHash, updated: Boolean(branchHead), changedFiles };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The remote's heads of the branch (undefined when it is new) and of the target branch.
 *
 * @throws InputError when the target branch does not exist
 */
async function remoteHeads(
  remote: { url: string; auth: HttpAuth },
  request: PushBranchRequest,
): Promise<{ branchHead?: string; targetHead: string }> {
  const heads = await git.listServerRefs({
    http,
    url: remote.url,
    prefix: 'refs/heads/',
    onAuth: () => remote.auth,
  });
  const headOf = (branch: string) =>
    heads.find(ref => ref.ref === `refs/heads/${branch}`)?.oid;
  const targetHead = headOf(request.targetBranch);
  if (!targetHead) {
    throw new InputError(
      `targetBranch '${request.targetBranch}': no such branch in ${remote.url}`,
    );
  }
  return { branchHead: headOf(request.branchName), targetHead };
}

/** Replaces each unit of the clone `dir` and stages the difference; returns the changed paths. */
async function replaceUnitsInWorkingCopy(
  dir: string,
  request: PushBranchRequest,
  auth: HttpAuth,
): Promise<string[]> {
  for (const [unit, files] of request.units) {
    await assertNoSymlinkOnTheWay(dir, unit);
    await rm(join(dir, unit), { recursive: true, force: true });
    for (const file of files) {
      const target = join(dir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content, {
        mode: file.executable ? 0o755 : 0o644,
      });
    }
  }
  const units = [...request.units.keys()];
  const matrix = await git.statusMatrix({ fs, dir, filepaths: units });
  const changed: string[] = [];
  for (const [filepath, head, workdir] of matrix) {
    // statusMatrix: head 1 = in HEAD; workdir 0 = gone, 2 = differs from HEAD.
    if (head === 1 && workdir === 0) {
      await removeFiles({ dir, filepath, auth, logger: request.logger });
      changed.push(filepath);
    } else if (workdir === 2) {
      await addFiles({ dir, filepath, auth, logger: request.logger });
      changed.push(filepath);
    }
  }
  return changed.sort();
}

/**
 * Refuses a unit below a symlink committed in the repository: deleting and
 * writing through it would touch files outside the clone.
 */
async function assertNoSymlinkOnTheWay(
  dir: string,
  unit: string,
): Promise<void> {
  let path = dir;
  for (const segment of unit.split('/').slice(0, -1)) {
    path = join(path, segment);
    const stats = await lstat(path).catch(() => undefined);
    if (!stats) return;
    if (stats.isSymbolicLink()) {
      throw new InputError(
        `unit '${unit}': the repository has a symlink on the way (${segment}); refusing to write through it`,
      );
    }
  }
}
