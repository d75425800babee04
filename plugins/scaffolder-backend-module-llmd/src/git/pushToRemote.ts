import type { ScmIntegrationRegistry } from '@backstage/integration';
import { commitToBareRepository } from './commitToBareRepository';
import { httpAuthFor } from './httpAuth';
import { pushBranchOverHttp } from './pushBranchOverHttp';
import type { PushBranchRequest } from './pushBranchRequest';
import type { GitRemote } from './resolveRemote';

/**
 * Pushes with the strategy the remote needs: a commit straight into a bare repository on disk, or a push over git
 * http with the credentials of the integration covering the URL.
 *
 * @returns the branch head and whether the branch existed (JSON: it is stored as the task's checkpoint)
 */
export async function pushToRemote(
  remote: GitRemote,
  request: PushBranchRequest,
  integrations: ScmIntegrationRegistry,
): Promise<{ commitHash: string; updated: boolean }> {
  const pushed =
    remote.type === 'bare'
      ? await commitToBareRepository(remote.gitdir, request)
      : await pushBranchOverHttp(
          httpAuthFor(integrations, remote.url),
          request,
        );
  return { commitHash: pushed.commitHash, updated: pushed.updated };
}
