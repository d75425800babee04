import { InputError } from '@backstage/errors';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { join } from 'node:path';
import type { PushBranchRequest, PushBranchResult } from './pushBranchRequest';
import { baseCommitLine, nothingToPushLine } from './pushProgress';
import { replaceUnitsInTree } from './replaceUnitsInTree';

/**
 * Commits the request's units onto a branch of a bare repository on disk.
 *
 * isomorphic-git can only talk http to remotes, so instead of cloning and
 * pushing, the objects are written straight into the bare repository and
 * only `refs/heads/<branchName>` is moved: there is no working copy, and the
 * repository's HEAD and other branches are never touched.
 *
 * @param gitdir - absolute path of the bare repository
 * @param request - what to commit
 */
export async function commitToBareRepository(
  gitdir: string,
  request: PushBranchRequest,
): Promise<PushBranchResult> {
  const { branchName, targetBranch, logger } = request;
  assertBareRepository(gitdir);
  const branchHead = await resolveBranch(gitdir, branchName);
  const targetHead = await resolveBranch(gitdir, targetBranch);
  if (!targetHead) {
    throw new InputError(
      `targetBranch '${targetBranch}': no such branch in ${gitdir}`,
    );
  }
  const parent = branchHead ?? targetHead;
  logger.info(baseCommitLine(request, branchHead, parent));

  const { commit: parentCommit } = await git.readCommit({
    fs,
    gitdir,
    oid: parent,
  });
  const { tree, changedFiles } = await replaceUnitsInTree(
    gitdir,
    parentCommit.tree,
    request.units,
  );
  logger.info(`Files changed: ${changedFiles.length}`);
  if (tree === parentCommit.tree) {
    logger.info(nothingToPushLine(request, branchHead, parent));
    return {
      commitHash: parent,
      updated: Boolean(branchHead),
      changedFiles: [],
    };
  }

  const commitHash = await writeCommit(gitdir, request, tree, parent);
  await moveBranch(gitdir, branchName, branchHead, commitHash);
  logger.info(
    `Pushed commit ${commitHash} to branch ${branchName} of ${gitdir}`,
  );
  return { commitHash, updated: Boolean(branchHead), changedFiles };
}

function assertBareRepository(gitdir: string): void {
  if (
    !fs.existsSync(join(gitdir, 'HEAD')) ||
    !fs.existsSync(join(gitdir, 'objects'))
  ) {
    throw new InputError(`remoteUrl '${gitdir}': not a bare git repository`);
  }
}

/** Writes the commit of `tree` on top of `parent`, authored and committed by the request's author now. */
async function writeCommit(
  gitdir: string,
  request: PushBranchRequest,
  tree: string,
  parent: string,
): Promise<string> {
  const now = {
    timestamp: Math.floor(Date.now() / 1000),
    timezoneOffset: 0,
  };
  return git.writeCommit({
    fs,
    gitdir,
    commit: {
      message: request.commitMessage.endsWith('\n')
        ? request.commitMessage
        : `${request.commitMessage}\n`,
      tree,
      parent: [parent],
      author: { ...request.author, ...now },
      committer: { ...request.author, ...now },
    },
  });
}

/** Points the branch at the new commit, unless it moved since `expectedHead` was read. */
async function moveBranch(
  gitdir: string,
  branchName: string,
  expectedHead: string | undefined,
  commitHash: string,
): Promise<void> {
  // Not atomic like `git update-ref <new> <old>`, but narrows the window in
  // which a concurrent push to the same branch would be overwritten.
  if ((await resolveBranch(gitdir, branchName)) !== expectedHead) {
    throw new Error(
      `Branch ${branchName} of ${gitdir} moved while committing; retry the task`,
    );
  }
  await git.writeRef({
    fs,
    gitdir,
    ref: `refs/heads/${branchName}`,
    value: commitHash,
    force: true,
  });
}

/** The commit a branch points to, or undefined when there is no such branch. */
async function resolveBranch(
  gitdir: string,
  branch: string,
): Promise<string | undefined> {
  try {
    return await git.resolveRef({ fs, gitdir, ref: `refs/heads/${branch}` });
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return undefined;
    throw error;
  }
}
