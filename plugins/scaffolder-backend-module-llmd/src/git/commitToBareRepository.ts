import { InputError } from '@backstage/errors';
import git from 'isomorphic-git';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PushBranchRequest, PushBranchResult } from './pushBranchRequest';
import { baseCommitLine, nothingToPushLine } from './pushProgress';
import { atomicWriteFs as fs } from './atomicWriteFs';
import { compareAndSwapRef, resolveRef } from './compareAndSwapRef';
import { replaceUnitsInTree } from './replaceUnitsInTree';
import {
  type RaceAttempt,
  type RetryOptions,
  retryOnRace,
} from './retryOnRace';

/**
 * Commits the request's units onto a branch of a bare repository on disk.
 *
 * isomorphic-git can only talk http to remotes, so instead of cloning and
 * pushing, the objects are written straight into the bare repository and
 * only `refs/heads/<branchName>` is moved: there is no working copy, and the
 * repository's HEAD and other branches are never touched.
 *
 * The branch is moved by compare-and-swap: when another run (another task,
 * another replica) moved it in between, the commit is rebuilt on the new
 * head and swapped again, a bounded number of times — no run's commit is
 * ever dropped.
 *
 * @param gitdir - absolute path of the bare repository
 * @param request - what to commit
 * @param retry - how often to rebuild after losing a race (tests)
 */
export async function commitToBareRepository(
  gitdir: string,
  request: PushBranchRequest,
  retry?: RetryOptions,
): Promise<PushBranchResult> {
  const { branchName, logger } = request;
  assertBareRepository(gitdir);
  return retryOnRace(
    `Branch ${branchName} of ${gitdir}`,
    async attempt => {
      const result = await commitOnce(gitdir, request);
      if (result.done) return result;
      logger.info(
        `Branch ${branchName} moved while committing (${result.reason}); ` +
          `re-applying the units onto its new head (attempt ${attempt + 1})`,
      );
      return result;
    },
    retry,
  );
}

/**
 * One attempt: reads the heads, writes the commit of the units on top of
 * the branch (or the target branch) and compare-and-swaps the branch onto
 * it. The commit replaces only the units' paths, so rebuilding it on a head
 * that moved keeps whatever the other run committed.
 */
async function commitOnce(
  gitdir: string,
  request: PushBranchRequest,
): Promise<RaceAttempt<PushBranchResult>> {
  const { branchName, targetBranch, logger } = request;
  const ref = `refs/heads/${branchName}`;
  const branchHead = await resolveRef(gitdir, ref);
  const targetHead = await resolveRef(gitdir, `refs/heads/${targetBranch}`);
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
      done: true,
      value: {
        commitHash: parent,
        updated: Boolean(branchHead),
        changedFiles: [],
      },
    };
  }

  const commitHash = await writeCommit(gitdir, request, tree, parent);
  const swap = await compareAndSwapRef(gitdir, ref, commitHash, branchHead);
  if (swap !== 'swapped') {
    return {
      done: false,
      reason:
        swap === 'moved'
          ? 'another run moved it'
          : // A crashed writer leaves its lock behind, as with git itself: say which file.
            `its ref is locked by ${ref}.lock, which git or another run holds`,
    };
  }
  logger.info(
    `Pushed commit ${commitHash} to branch ${branchName} of ${gitdir}`,
  );
  return {
    done: true,
    value: { commitHash, updated: Boolean(branchHead), changedFiles },
  };
}

function assertBareRepository(gitdir: string): void {
  if (
    !existsSync(join(gitdir, 'HEAD')) ||
    !existsSync(join(gitdir, 'objects'))
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
