import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  GitlabApiError,
  type GitlabApiTarget,
  type GitlabMergeRequest,
  gitlabRequest,
} from './gitlabApi';

/** What the merge request of a branch should say. */
export interface MergeRequestSpec {
  sourceBranch: string;
  targetBranch: string;
  title: string;
  description: string;
}

/** The merge request after {@link upsertMergeRequest}; JSON, stored as a checkpoint. */
// A type, not an interface: checkpoint values must be assignable to JsonValue.
export type UpsertedMergeRequest = {
  iid: number;
  webUrl: string;
  /** False when an open merge request of the branch existed and was updated. */
  created: boolean;
};

/**
 * Makes sure one open merge request goes from the branch to the target branch, saying `spec`: updates the open one
 * (`GET /projects/:id/merge_requests?source_branch=&target_branch=&state=opened`, then `PUT` of its title and
 * description when they differ), else creates it (`POST /projects/:id/merge_requests`). When a concurrent run
 * created it in between (GitLab's 409 "Another open merge request already exists"), that one is updated instead.
 */
export async function upsertMergeRequest(
  target: GitlabApiTarget,
  spec: MergeRequestSpec,
  logger: LoggerService,
): Promise<UpsertedMergeRequest> {
  const open = await findOpenMergeRequest(target, spec);
  if (open) return updateMergeRequest(target, open, spec, logger);
  try {
    const created = await gitlabRequest<GitlabMergeRequest>(
      target,
      'POST',
      '/merge_requests',
      {
        source_branch: spec.sourceBranch,
        target_branch: spec.targetBranch,
        title: spec.title,
        description: spec.description,
      },
    );
    logger.info(`Created merge request !${created.iid}: ${created.web_url}`);
    return { iid: created.iid, webUrl: created.web_url, created: true };
  } catch (error) {
    if (!(error instanceof GitlabApiError) || error.status !== 409) throw error;
    const raced = await findOpenMergeRequest(target, spec);
    if (!raced) throw error;
    return updateMergeRequest(target, raced, spec, logger);
  }
}

async function findOpenMergeRequest(
  target: GitlabApiTarget,
  spec: MergeRequestSpec,
): Promise<GitlabMergeRequest | undefined> {
  const query = new URLSearchParams({
    source_branch: spec.sourceBranch,
    target_branch: spec.targetBranch,
    state: 'opened',
  });
  const found = await gitlabRequest<GitlabMergeRequest[]>(
    target,
    'GET',
    `/merge_requests?${query}`,
  );
  // The API filters already; checking again guards against a server that ignores a filter.
  return found.find(
    mr =>
      mr.state === 'opened' &&
      mr.source_branch === spec.sourceBranch &&
      mr.target_branch === spec.targetBranch,
  );
}

async function updateMergeRequest(
  target: GitlabApiTarget,
  open: GitlabMergeRequest,
  spec: MergeRequestSpec,
  logger: LoggerService,
): Promise<UpsertedMergeRequest> {
  if (
    open.title === spec.title &&
    (open.description ?? '') === spec.description
  ) {
    logger.info(
      `Merge request !${open.iid} is open and up to date: ${open.web_url}`,
    );
  } else {
    await gitlabRequest<GitlabMergeRequest>(
      target,
      'PUT',
      `/merge_requests/${open.iid}`,
      { title: spec.title, description: spec.description },
    );
    logger.info(`Updated merge request !${open.iid}: ${open.web_url}`);
  }
  return { iid: open.iid, webUrl: open.web_url, created: false };
}
