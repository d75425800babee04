import type { Config } from '@backstage/config';
import {
  ScmIntegrations,
  type ScmIntegrationRegistry,
} from '@backstage/integration';
import {
  type ActionContext,
  createTemplateAction,
} from '@backstage/plugin-scaffolder-node';
import type { ActionSchemaFields } from '../actions/actionSchemaFields';
import {
  gitAuthorInput,
  workspaceUnitsInput,
} from '../actions/workspacePushInputFields';
import { assertNotTargetBranch } from '../git/assertNotTargetBranch';
import { assertValidBranchName } from '../git/assertValidBranchName';
import { pushBranchOverHttp } from '../git/pushBranchOverHttp';
import type { PushBranchRequest } from '../git/pushBranchRequest';
import { workspacePushRequest } from '../git/workspacePushRequest';
import {
  type ResolvedGitlabProject,
  resolveGitlabProject,
} from './resolveGitlabProject';
import { upsertMergeRequest } from './upsertMergeRequest';

const input = {
  repoUrl: z =>
    z
      .string()
      .describe(
        'GitLab project as the scaffolder writes it: gitlab.example.com?owner=group&repo=project',
      ),
  branchName: z => z.string().describe('The merge request branch'),
  targetBranchName: z =>
    z
      .string()
      .optional()
      .describe("Where the change goes; default the project's default branch"),
  title: z => z.string().describe('Merge request title'),
  description: z => z.string().optional().describe('Merge request description'),
  ...workspaceUnitsInput,
  commitMessage: z =>
    z.string().optional().describe('The commit message; default the title'),
  ...gitAuthorInput,
} satisfies ActionSchemaFields;

const output = {
  mergeRequestUrl: z => z.string().describe("The merge request's web URL"),
  projectid: z => z.string().describe('The project path (group/project)'),
  projectPath: z => z.string().describe('The project path (group/project)'),
  targetBranchName: z => z.string(),
  commitHash: z =>
    z.string().describe("The branch head ('dry-run' in a dry run)"),
  updated: z =>
    z
      .boolean()
      .describe(
        'Whether an open merge request of the branch existed and was updated',
      ),
} satisfies ActionSchemaFields;

/**
 * Creates `llmd:gitlab:merge-request`: pushes the workspace's units to the branch of a GitLab project — rebuilt as
 * one commit on top of the target branch and force-pushed, as `publish:github:pull-request` does with
 * `update: true` — and opens the branch's merge request, or updates the open one. Unlike the stock
 * `publish:gitlab:merge-request`, re-running a template for a unit whose merge request is open updates it.
 *
 * @param options - `config` for the `integrations.gitlab` entries, unless `integrations` is given
 *
 * @public
 */
export function createGitlabMergeRequestAction(options: {
  config: Config;
  integrations?: ScmIntegrationRegistry;
}) {
  const integrations =
    options.integrations ?? ScmIntegrations.fromConfig(options.config);
  return createTemplateAction({
    id: 'llmd:gitlab:merge-request',
    description:
      'Pushes the workspace units to a branch of a GitLab project (rebuilt on the target branch) and opens its ' +
      'merge request, or updates the open one on a re-run.',
    supportsDryRun: true,
    schema: { input, output },
    async handler(ctx) {
      const project = await resolveGitlabProject(
        ctx.input.repoUrl,
        integrations,
      );
      const targetBranch =
        ctx.input.targetBranchName ?? project.defaultBranch ?? 'main';
      const { branchName, title } = ctx.input;
      assertValidBranchName(branchName, 'branchName');
      assertValidBranchName(targetBranch, 'targetBranchName');
      assertNotTargetBranch(branchName, targetBranch);
      ctx.output('projectid', project.projectPath);
      ctx.output('projectPath', project.projectPath);
      ctx.output('targetBranchName', targetBranch);

      const request = await workspacePushRequest(
        ctx.workspacePath,
        {
          ...ctx.input,
          targetBranch,
          commitMessage: ctx.input.commitMessage ?? title,
        },
        ctx.logger,
      );
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would push ${request.units.size} unit(s) to branch ${branchName} of ${project.projectPath} ` +
            `and open or update its merge request into ${targetBranch}; nothing pushed`,
        );
        ctx.output('commitHash', 'dry-run');
        ctx.output('mergeRequestUrl', 'dry-run');
        ctx.output('updated', false);
        return;
      }
      const { pushed, mergeRequest } = await publish(
        ctx.checkpoint,
        project,
        request,
        { title, description: ctx.input.description ?? '' },
      );
      ctx.output('commitHash', pushed.commitHash);
      ctx.output('mergeRequestUrl', mergeRequest.webUrl);
      ctx.output('updated', !mergeRequest.created);
    },
  });
}

/**
 * Pushes the rebuilt branch, then opens or updates its merge request; each step in its own checkpoint so that a
 * task retried after a crash does neither twice.
 */
async function publish(
  checkpoint: ActionContext<any, any>['checkpoint'],
  project: ResolvedGitlabProject,
  request: PushBranchRequest,
  text: { title: string; description: string },
) {
  const key = `${project.projectId}.${request.branchName}`;
  const pushed = await checkpoint({
    key: `llmd.gitlab.push.${key}`,
    fn: async () => {
      const result = await pushBranchOverHttp(
        {
          url: project.gitUrl,
          auth: { username: 'oauth2', password: project.api.token },
        },
        { ...request, rebuild: true },
      );
      return { commitHash: result.commitHash };
    },
  });
  const mergeRequest = await checkpoint({
    key: `llmd.gitlab.merge-request.${key}`,
    fn: () =>
      upsertMergeRequest(
        project.api,
        {
          sourceBranch: request.branchName,
          targetBranch: request.targetBranch,
          ...text,
        },
        request.logger,
      ),
  });
  return { pushed, mergeRequest };
}
