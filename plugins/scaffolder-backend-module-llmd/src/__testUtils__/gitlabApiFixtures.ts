/*
 * Request and response shapes of the GitLab REST API (v4) that the fake GitLab answers with, copied from GitLab's
 * own documentation and trimmed to the fields that matter plus a few around them (the full objects are longer):
 *
 * - Merge requests API, https://docs.gitlab.com/ee/api/merge_requests.html — "List project merge requests"
 *   (`GET /projects/:id/merge_requests`, filters `state`, `source_branch`, `target_branch`), "Create MR"
 *   (`POST /projects/:id/merge_requests`, required `source_branch`, `target_branch`, `title`), "Update MR"
 *   (`PUT /projects/:id/merge_requests/:merge_request_iid`, "must include at least one non-required attribute");
 *   response objects as in the doc's examples (gitlabhq/gitlabhq doc/api/merge_requests.md).
 * - Projects API, https://docs.gitlab.com/ee/api/projects.html#get-single-project — `GET /projects/:id` where `:id`
 *   is the numeric id or the URL-encoded path (`my-group%2Fmy-project`, "Namespaced path encoding" in
 *   https://docs.gitlab.com/ee/api/rest/#namespaced-paths).
 * - Errors, https://docs.gitlab.com/ee/api/rest/troubleshooting.html#status-codes — `{"message": "401 Unauthorized"}`,
 *   `{"message": "404 Project Not Found"}`; creating a second open merge request for a source branch answers
 *   409 `{"message": ["Another open merge request already exists for this source branch: !38"]}` (as reported
 *   against gitlab.com in voxpupuli/modulesync#195 and renovatebot/renovate#17391).
 */

/** The author GitLab reports for the token's user (shape of the doc's `author`). */
const GITLAB_USER = {
  id: 1,
  name: 'Administrator',
  username: 'admin',
  state: 'active',
  avatar_url: null,
  web_url: 'https://gitlab.example.com/admin',
};

/** `GET /projects/:id` — the fields of "Get single project" a client reads, with the doc's example values' shape. */
export function projectResponse(options: {
  id: number;
  pathWithNamespace: string;
  defaultBranch: string;
  webBaseUrl: string;
}) {
  const [namespace] = options.pathWithNamespace.split('/');
  const name = options.pathWithNamespace.split('/').pop()!;
  return {
    id: options.id,
    description: null,
    default_branch: options.defaultBranch,
    visibility: 'private',
    ssh_url_to_repo: `git@${new URL(options.webBaseUrl).host}:${
      options.pathWithNamespace
    }.git`,
    http_url_to_repo: `${options.webBaseUrl}/${options.pathWithNamespace}.git`,
    web_url: `${options.webBaseUrl}/${options.pathWithNamespace}`,
    name,
    name_with_namespace: options.pathWithNamespace.replace(/\//g, ' / '),
    path: name,
    path_with_namespace: options.pathWithNamespace,
    created_at: '2013-09-30T13:46:02Z',
    last_activity_at: '2013-09-30T13:46:02Z',
    namespace: {
      id: 3,
      name: namespace,
      path: namespace,
      kind: 'group',
      full_path: namespace,
    },
    archived: false,
    merge_requests_enabled: true,
  };
}

/** A merge request object as the list, create and update endpoints return it (doc example's shape). */
export function mergeRequestResponse(options: {
  id: number;
  iid: number;
  projectId: number;
  projectPath: string;
  webBaseUrl: string;
  title: string;
  description: string;
  state: 'opened' | 'closed' | 'merged';
  sourceBranch: string;
  targetBranch: string;
  sha: string | null;
  createdAt: string;
  updatedAt: string;
}) {
  return {
    id: options.id,
    iid: options.iid,
    project_id: options.projectId,
    title: options.title,
    description: options.description,
    state: options.state,
    created_at: options.createdAt,
    updated_at: options.updatedAt,
    merged_by: null,
    merged_at: null,
    closed_by: null,
    closed_at: null,
    target_branch: options.targetBranch,
    source_branch: options.sourceBranch,
    upvotes: 0,
    downvotes: 0,
    author: GITLAB_USER,
    assignee: null,
    assignees: [],
    reviewers: [],
    source_project_id: options.projectId,
    target_project_id: options.projectId,
    labels: [],
    draft: false,
    work_in_progress: false,
    milestone: null,
    merge_when_pipeline_succeeds: false,
    merge_status: 'can_be_merged',
    sha: options.sha,
    merge_commit_sha: null,
    squash_commit_sha: null,
    user_notes_count: 0,
    discussion_locked: null,
    should_remove_source_branch: null,
    force_remove_source_branch: false,
    allow_collaboration: false,
    allow_maintainer_to_push: false,
    web_url: `${options.webBaseUrl}/${options.projectPath}/-/merge_requests/${options.iid}`,
    references: {
      short: `!${options.iid}`,
      relative: `!${options.iid}`,
      full: `${options.projectPath}!${options.iid}`,
    },
    time_stats: {
      time_estimate: 0,
      total_time_spent: 0,
      human_time_estimate: null,
      human_total_time_spent: null,
    },
    squash: false,
    task_completion_status: { count: 0, completed_count: 0 },
  };
}

/** GitLab's error bodies for the cases the fake answers. */
export const GITLAB_ERRORS = {
  unauthorized: { message: '401 Unauthorized' },
  projectNotFound: { message: '404 Project Not Found' },
  notFound: { message: '404 Not found' },
  openMergeRequestExists: (iid: number) => ({
    message: [
      `Another open merge request already exists for this source branch: !${iid}`,
    ],
  }),
  missingAttributes: (names: string[]) => ({
    error: `${names.join(', ')} is missing`,
  }),
};
