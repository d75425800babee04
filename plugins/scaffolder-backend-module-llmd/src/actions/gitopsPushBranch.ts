import type { Config } from '@backstage/config';
import {
  ScmIntegrations,
  type ScmIntegrationRegistry,
} from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createHash } from 'node:crypto';
import { readGitopsConfig } from '../config/readGitopsConfig';
import { pushToRemote } from '../git/pushToRemote';
import type { GitRemote } from '../git/resolveRemote';
import { resolvePushTarget } from '../git/resolvePushTarget';
import { workspacePushRequest } from '../git/workspacePushRequest';
import type { ActionSchemaFields } from './actionSchemaFields';
import {
  gitAuthorInput,
  workspaceUnitsInput,
} from './workspacePushInputFields';

const input = {
  remoteUrl: z =>
    z
      .string()
      .optional()
      .describe(
        'Bare repository path, file:// or http(s) URL; default llmd.gitops.repoUrl',
      ),
  branchName: z => z.string().describe('The branch to create or update'),
  targetBranch: z =>
    z
      .string()
      .optional()
      .describe(
        'Where a new branch starts; default llmd.gitops.targetBranch, else main',
      ),
  ...workspaceUnitsInput,
  commitMessage: z => z.string().optional().describe('The commit message'),
  ...gitAuthorInput,
} satisfies ActionSchemaFields;

const output = {
  branchName: z => z.string(),
  commitHash: z =>
    z.string().describe("The branch head ('dry-run' in a dry run)"),
  remoteUrl: z => z.string().describe('The remote, without credentials'),
  updated: z => z.boolean().describe('Whether the branch existed before'),
} satisfies ActionSchemaFields;

const examples = [
  {
    description: 'Push what a render step wrote to its branch',
    example: [
      'steps:',
      '  - id: push',
      '    action: llmd:gitops:push-branch',
      '    input:',
      '      branchName: ${{ steps.render.output.branchName }}',
      '      units: ${{ steps.render.output.units }}',
      '      commitMessage: ${{ steps.render.output.title }}',
    ].join('\n'),
  },
];

/**
 * Creates `llmd:gitops:push-branch`: commits the rendered units of the
 * workspace into a branch of a plain git remote (a bare repository on disk
 * or a git http server), replacing each unit as a whole. See the package
 * README for the inputs and outputs.
 *
 * @param options - `config` for the `llmd.gitops` defaults and, unless
 *   `integrations` is given, the `integrations` credentials of http remotes
 *
 * @public
 */
export function createGitopsPushBranchAction(options: {
  config: Config;
  integrations?: ScmIntegrationRegistry;
}) {
  const gitops = readGitopsConfig(options.config);
  const integrations =
    options.integrations ?? ScmIntegrations.fromConfig(options.config);
  return createTemplateAction({
    id: 'llmd:gitops:push-branch',
    description:
      'Commits the workspace into a branch of a plain git remote (a bare repository path, file:// or http(s) URL), ' +
      'replacing each unit directory as a whole; re-running updates the same branch.',
    examples,
    supportsDryRun: true,
    schema: { input, output },
    async handler(ctx) {
      const { remote, ...branches } = resolvePushTarget(
        ctx.input,
        gitops,
        integrations,
      );
      ctx.logger.info(
        `Resolving remote ${remote.display}: ${
          remote.type === 'bare' ? 'bare repository on disk' : 'git over http'
        }`,
      );
      const request = await workspacePushRequest(
        ctx.workspacePath,
        { ...ctx.input, ...branches },
        ctx.logger,
      );
      ctx.output('branchName', request.branchName);
      ctx.output('remoteUrl', remote.display);
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would push ${request.units.size} unit(s) to branch ${request.branchName} of ${remote.display} ` +
            `(from ${request.targetBranch} if the branch is new); nothing pushed`,
        );
        ctx.output('commitHash', 'dry-run');
        ctx.output('updated', false);
        return;
      }
      const result = await ctx.checkpoint({
        key: checkpointKey(request.branchName, remote),
        fn: () => pushToRemote(remote, request, integrations),
      });
      ctx.output('commitHash', result.commitHash);
      ctx.output('updated', result.updated);
    },
  });
}

/**
 * One key per branch and remote: a retried task finds the result of its earlier attempt instead of pushing again.
 */
function checkpointKey(branchName: string, remote: GitRemote): string {
  const remoteId = createHash('sha256')
    .update(remote.display)
    .digest('hex')
    .slice(0, 12);
  return `llmd.push-branch.${branchName}.${remoteId}`;
}
