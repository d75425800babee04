import { InputError } from '@backstage/errors';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { join } from 'node:path';
import type { PushBranchRequest, PushBranchResult } from './pushBranchRequest';
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
  if (
    !fs.existsSync(join(gitdir, 'HEAD')) ||
    !fs.existsSync(join(gitdir, 'objects'))
  ) {
    throw new InputError(`remoteUrl '${gitdir}': not a bare git repository`);
  }
  const branchHead = await resolveBranch(gitdir, branchName);
  const targetHead = await resolveBranch(gitdir, targetBranch);
  if (!targetHead) {
    throw new InputError(
      `targetBranch '${targetBranch}': no such branch in ${gitdir}`,
    );
  }
  const parent = branchHead ?? targetHead;
  logger.info(
    branchHead
      ? `Base commit ${parent}: branch ${branchName} exists, continuing it`
      : `Base commit ${parent}: new branch ${branchName} from ${targetBranch}`,
  );

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
    logger.info(
      branchHead
        ? `Branch ${branchName} already up to date at ${parent}`
        : `Nothing to push: the units already match ${targetBranch} at ${parent}; branch ${branchName} not created`,
    );
    return {
      commitHash: parent,
      updated: Boolean(branchHead),
      changedFiles: [],
    };
  }

  const now = {
    timestamp: Math.floor(Date.now() / 1000),
    timezoneOffset: 0,
  };
  const commitHash = await git.writeCommit({
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
  // Not atomic like `git update-ref <new> <old>`, but narrows the window in
  // which a concurrent push to the same branch would be overwritten.
  if ((await resolveBranch(gitdir, branchName)) !== branchHead) {
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
  logger.info(
    `Pushed commit ${commitHash} to branch ${branchName} of ${gitdir}`,
  );
  return { commitHash, updated: Boolean(branchHead), changedFiles };
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
