import type { PushBranchRequest } from './pushBranchRequest';

/** The log line naming the commit a push starts from: the branch's head, or the target branch's for a new one. */
export function baseCommitLine(
  request: Pick<PushBranchRequest, 'branchName' | 'targetBranch'>,
  branchHead: string | undefined,
  base: string,
): string {
  return branchHead
    ? `Base commit ${base}: branch ${request.branchName} exists, continuing it`
    : `Base commit ${base}: new branch ${request.branchName} from ${request.targetBranch}`;
}

/** The log line of a push that changes no file: the branch is up to date, or a new one is not created. */
export function nothingToPushLine(
  request: Pick<PushBranchRequest, 'branchName' | 'targetBranch'>,
  branchHead: string | undefined,
  head: string,
): string {
  return branchHead
    ? `Branch ${request.branchName} already up to date at ${head}`
    : `Nothing to push: the units already match ${request.targetBranch} at ${head}; branch ${request.branchName} not created`;
}
