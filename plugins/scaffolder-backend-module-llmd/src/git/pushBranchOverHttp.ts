import { cloneRepo } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpAuth } from './httpAuth';
import type { PushBranchRequest, PushBranchResult } from './pushBranchRequest';
import { baseCommitLine, nothingToPushLine } from './pushProgress';
import { replaceUnitsInWorkingCopy } from './replaceUnitsInWorkingCopy';
import {
  type RaceAttempt,
  type RetryOptions,
  retryOnRace,
} from './retryOnRace';

/** A git http(s) remote: the URL without credentials, and the credentials. */
export interface HttpRemote {
  url: string;
  auth: HttpAuth;
}

/**
 * Commits the request's units onto a branch of a git http(s) remote: clones
 * the branch (or targetBranch when the branch is new) into a temporary
 * directory, replaces the units, and pushes a commit on top of the remote
 * head — a fast-forward. With `request.rebuild`, the commit is made on top of
 * targetBranch instead and replaces the branch (a force push, the way
 * `publish:github:pull-request` updates its branch).
 *
 * A push that loses a race (the branch moved since it was read: the server
 * refuses the update) is rebuilt on the new head and pushed again, a bounded
 * number of times, so a concurrent run's commit is never dropped.
 *
 * @param remote - the URL without credentials, and the credentials
 * @param request - what to commit
 * @param retry - how often to rebuild after losing a race (tests)
 */
export async function pushBranchOverHttp(
  remote: HttpRemote,
  request: PushBranchRequest,
  retry?: RetryOptions,
): Promise<PushBranchResult> {
  return retryOnRace(
    `Branch ${request.branchName} of ${remote.url}`,
    async attempt => {
      const result = await pushOnce(remote, request);
      if (!result.done) {
        request.logger.info(
          `Branch ${request.branchName} moved while pushing (${result.reason}); ` +
            `rebuilding the commit on its new head (attempt ${attempt + 1})`,
        );
      }
      return result;
    },
    retry,
  );
}

async function pushOnce(
  remote: HttpRemote,
  request: PushBranchRequest,
): Promise<RaceAttempt<PushBranchResult>> {
  const { branchName, targetBranch, logger } = request;
  const { branchHead, targetHead } = await remoteHeads(remote, request);
  const continues = Boolean(branchHead) && !request.rebuild;
  logger.info(
    request.rebuild && branchHead
      ? `Base commit ${targetHead}: rebuilding branch ${branchName} (now ${branchHead}) from ${targetBranch}`
      : baseCommitLine(request, branchHead, branchHead ?? targetHead),
  );
  const unchanged = (commitHash: string): RaceAttempt<PushBranchResult> => {
    logger.info(nothingToPushLine(request, branchHead, commitHash));
    const updated = Boolean(branchHead);
    return { done: true, value: { commitHash, updated, changedFiles: [] } };
  };

  const dir = await mkdtemp(join(tmpdir(), 'llmd-push-branch-'));
  try {
    const made = await commitInClone(remote, dir, request, continues);
    // Rebuilding to exactly the target branch would leave an empty branch: keep what is there.
    if (!made) return unchanged(branchHead ?? targetHead);
    const { commitHash, changedFiles } = made;
    if (
      !continues &&
      branchHead &&
      (await sameChange(remote, dir, branchName, branchHead, commitHash))
    ) {
      return unchanged(branchHead);
    }
    const lost = await push(remote, dir, request, branchHead, !continues);
    if (lost) return { done: false, reason: lost };
    logger.info(
      `Pushed commit ${commitHash} to branch ${branchName} of ${remote.url}`,
    );
    return {
      done: true,
      value: { commitHash, updated: Boolean(branchHead), changedFiles },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Clones the branch (`continues`) or targetBranch into `dir`, replaces the units and commits them.
 *
 * @returns the commit and the changed paths; undefined when no file changed (no commit made)
 */
async function commitInClone(
  remote: HttpRemote,
  dir: string,
  request: PushBranchRequest,
  continues: boolean,
): Promise<{ commitHash: string; changedFiles: string[] } | undefined> {
  const { url, auth } = remote;
  const { branchName, targetBranch, logger } = request;
  await cloneRepo({
    url,
    dir,
    auth,
    logger,
    ref: continues ? branchName : targetBranch,
    depth: 1,
  });
  if (!continues) {
    await git.branch({ fs, dir, ref: branchName, checkout: true, force: true });
  }
  const changedFiles = await replaceUnitsInWorkingCopy(dir, request, auth);
  logger.info(`Files changed: ${changedFiles.length}`);
  if (changedFiles.length === 0) return undefined;
  const commitHash = await git.commit({
    fs,
    dir,
    message: request.commitMessage,
    author: request.author,
    committer: request.author,
  });
  return { commitHash, changedFiles };
}

/**
 * Pushes HEAD of `dir` to the branch, replacing it when `force`.
 *
 * @returns why the push lost a race (the branch is no longer at `expectedHead`), else undefined
 */
async function push(
  remote: HttpRemote,
  dir: string,
  request: PushBranchRequest,
  expectedHead: string | undefined,
  force: boolean,
): Promise<string | undefined> {
  const moved = async () =>
    (await remoteHeads(remote, request)).branchHead !== expectedHead;
  // A force push would overwrite whatever landed since the heads were read: check right before it.
  if (force && (await moved())) return 'another run pushed to it';
  try {
    await git.push({
      fs,
      http,
      dir,
      remote: 'origin',
      remoteRef: `refs/heads/${request.branchName}`,
      force,
      onAuth: () => remote.auth,
    });
    return undefined;
  } catch (error) {
    // The server (or isomorphic-git's fast-forward check) refuses an update of a ref that moved.
    if (await moved())
      return 'the remote refused the update: another run pushed to it';
    throw error;
  }
}

/** Whether the branch's head already is this rebuilt change: same tree, same parent. */
async function sameChange(
  remote: HttpRemote,
  dir: string,
  branchName: string,
  branchHead: string,
  rebuilt: string,
): Promise<boolean> {
  const { fetchHead } = await git.fetch({
    fs,
    http,
    dir,
    url: remote.url,
    ref: branchName,
    singleBranch: true,
    depth: 1,
    tags: false,
    onAuth: () => remote.auth,
  });
  // It moved since the heads were read: the push's own check decides.
  if (fetchHead !== branchHead) return false;
  const [ours, theirs] = await Promise.all(
    [rebuilt, branchHead].map(oid => git.readCommit({ fs, dir, oid })),
  );
  return (
    ours.commit.tree === theirs.commit.tree &&
    ours.commit.parent.join() === theirs.commit.parent.join()
  );
}

/**
 * The remote's heads of the branch (undefined when it is new) and of the target branch.
 *
 * @throws InputError when the target branch does not exist
 */
async function remoteHeads(
  remote: HttpRemote,
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
