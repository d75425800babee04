import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import { parseRepoUrl } from '@backstage/plugin-scaffolder-node';
import {
  type GitlabApiTarget,
  type GitlabProject,
  gitlabRequest,
} from './gitlabApi';

/** A GitLab project the action writes to: its API, its git URL and its default branch. */
export interface ResolvedGitlabProject {
  readonly api: GitlabApiTarget;
  /** `group/project`, as GitLab names it. */
  readonly projectPath: string;
  readonly projectId: number;
  /** `<integration baseUrl>/<group/project>.git`, without credentials. */
  readonly gitUrl: string;
  readonly defaultBranch?: string;
}

/**
 * Resolves a scaffolder `repoUrl` (`gitlab.example.com?owner=group&repo=project`, or `?project=<id>`) with the
 * `integrations.gitlab` entry of its host, and reads the project (`GET /projects/:id`) so that a wrong name or a
 * token without access fails here, before anything is pushed.
 *
 * @throws InputError for an unknown host, a host without a token, or a project GitLab does not show
 */
export async function resolveGitlabProject(
  repoUrl: string,
  integrations: ScmIntegrationRegistry,
): Promise<ResolvedGitlabProject> {
  const { host, owner, repo, project } = parseRepoUrl(repoUrl, integrations);
  const integration = integrations.gitlab.byHost(host);
  if (!integration) {
    throw new InputError(
      `repoUrl '${repoUrl}': ${host} is not a GitLab integration (integrations.gitlab in app-config)`,
    );
  }
  const { token, apiBaseUrl, baseUrl } = integration.config;
  if (!token) {
    throw new InputError(
      `repoUrl '${repoUrl}': integrations.gitlab for ${host} has no token; pushing and opening merge requests need one`,
    );
  }
  const api = {
    apiBaseUrl,
    project: owner && repo ? `${owner}/${repo}` : String(project),
    token,
  };
  let found: GitlabProject;
  try {
    found = await gitlabRequest<GitlabProject>(api, 'GET', '');
  } catch (error) {
    throw new InputError(`repoUrl '${repoUrl}': ${(error as Error).message}`);
  }
  return {
    api,
    projectPath: found.path_with_namespace,
    projectId: found.id,
    gitUrl: `${baseUrl.replace(/\/+$/, '')}/${found.path_with_namespace}.git`,
    defaultBranch: found.default_branch ?? undefined,
  };
}
