import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { assertIntegrationHost } from './assertIntegrationHost';
import { assertNotTargetBranch } from './assertNotTargetBranch';
import { type GitRemote, resolveRemote } from './resolveRemote';
import { assertValidBranchName } from './assertValidBranchName';

/** Where a push goes: the remote, the branch it writes and the branch a new one starts from. */
export interface PushTarget {
  readonly remote: GitRemote;
  readonly branchName: string;
  readonly targetBranch: string;
}

/**
 * Resolves and checks where `llmd:gitops:push-branch` pushes, before anything is read or sent: the remote (the
 * template's, else `llmd.gitops.repoUrl`), valid branch names, and never onto the target branch itself.
 *
 * @throws InputError for a missing or unsupported remote, a bad branch name, or a remote the template may not name
 */
export function resolvePushTarget(
  input: { remoteUrl?: string; branchName: string; targetBranch?: string },
  gitops: GitopsConfig,
  integrations: ScmIntegrationRegistry,
): PushTarget {
  const remoteUrl = input.remoteUrl ?? gitops.repoUrl;
  if (!remoteUrl) {
    throw new InputError(
      'remoteUrl: not given, and llmd.gitops.repoUrl is not configured',
    );
  }
  const targetBranch = input.targetBranch ?? gitops.targetBranch;
  const { branchName } = input;
  assertValidBranchName(branchName, 'branchName');
  assertValidBranchName(targetBranch, 'targetBranch');
  assertNotTargetBranch(branchName, targetBranch);

  const remote = resolveRemote(remoteUrl);
  if (input.remoteUrl !== undefined) {
    assertTemplateRemoteAllowed(remote, input.remoteUrl, gitops, integrations);
  }
  return { remote, branchName, targetBranch };
}

/** A remote the template names itself must be one the portal's configuration knows. */
function assertTemplateRemoteAllowed(
  remote: GitRemote,
  templateRemoteUrl: string,
  gitops: GitopsConfig,
  integrations: ScmIntegrationRegistry,
): void {
  // A template must not make the backend write into arbitrary repositories on its own disk.
  if (
    remote.type === 'bare' &&
    (!gitops.repoUrl ||
      resolveRemote(gitops.repoUrl).display !== remote.display)
  ) {
    throw new InputError(
      `remoteUrl: a repository on the backend's disk is only allowed when it is llmd.gitops.repoUrl`,
    );
  }
  // Same rule for http: only hosts an integration covers.
  if (remote.type === 'http' && templateRemoteUrl !== gitops.repoUrl) {
    assertIntegrationHost(integrations, remote.url, remote.display);
  }
}
