import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  ScmIntegrations,
  type ScmIntegrationRegistry,
} from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createHash } from 'node:crypto';
import { readGitopsConfig } from '../config/readGitopsConfig';
import { assertIntegrationHost } from '../git/assertIntegrationHost';
import { assertNotTargetBranch } from '../git/assertNotTargetBranch';
import { commitToBareRepository } from '../git/commitToBareRepository';
import { resolveSourceDir } from '../git/confinedPaths';
import { httpAuthFor } from '../git/httpAuth';
import { listWorkspaceFiles } from '../workspace/listWorkspaceFiles';
import { pushBranchOverHttp } from '../git/pushBranchOverHttp';
import type { PushBranchRequest } from '../git/pushBranchRequest';
import { readUnitContents } from '../git/readUnitContents';
import { resolveRemote } from '../git/resolveRemote';
import { resolveUnits } from '../git/resolveUnits';
import { assertValidBranchName } from '../git/validateBranchName';

/** The commit author when the template sets none. */
export const DEFAULT_GIT_AUTHOR = {
  name: 'llm-d portal',
  email: 'llmd-portal@localhost',
};

/**
 * Creates `llmd:gitops:push-branch`: commits the rendered units of the
 * workspace into a branch of a plain git remote (a bare repository on disk
 * or a git http server), replacing each unit as a whole. See the package
 * README for the inputs and outputs.
 *
 * @param options - `config` for the `llmd.gitops` defaults and, unless
 *   `integrations` is given, the `integrations` credentials of http remotes
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
    examples: [
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
    ],
    supportsDryRun: true,
    schema: {
      input: {
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
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace directory standing for the repository root; default .',
            ),
        units: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Repository directories replaced as a whole; default: every directory holding a file',
            ),
        commitMessage: z =>
          z.string().optional().describe('The commit message'),
        gitAuthorName: z =>
          z.string().optional().describe(`Default ${DEFAULT_GIT_AUTHOR.name}`),
        gitAuthorEmail: z =>
          z.string().optional().describe(`Default ${DEFAULT_GIT_AUTHOR.email}`),
      },
      output: {
        branchName: z => z.string(),
        commitHash: z =>
          z.string().describe("The branch head ('dry-run' in a dry run)"),
        remoteUrl: z => z.string().describe('The remote, without credentials'),
        updated: z => z.boolean().describe('Whether the branch existed before'),
      },
    },
    async handler(ctx) {
      const { input, logger } = ctx;
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
      // A template must not make the backend write into arbitrary repositories on its own disk.
      if (
        remote.type === 'bare' &&
        input.remoteUrl !== undefined &&
        (!gitops.repoUrl ||
          resolveRemote(gitops.repoUrl).display !== remote.display)
      ) {
        throw new InputError(
          `remoteUrl: a repository on the backend's disk is only allowed when it is llmd.gitops.repoUrl`,
        );
      }
      // Same rule for http: a template may only name remotes the portal's configuration knows.
      if (
        remote.type === 'http' &&
        input.remoteUrl !== undefined &&
        input.remoteUrl !== gitops.repoUrl
      ) {
        assertIntegrationHost(integrations, remote.url, remote.display);
      }
      logger.info(
        `Resolving remote ${remote.display}: ${
          remote.type === 'bare' ? 'bare repository on disk' : 'git over http'
        }`,
      );
      const sourceDir = await resolveSourceDir(
        ctx.workspacePath,
        input.sourcePath ?? '.',
      );
      const listing = await listWorkspaceFiles(sourceDir);
      const { units, outside } = resolveUnits(listing.files, input.units);
      if (outside.length > 0) {
        logger.warn(`Not pushed, outside every unit: ${outside.join(', ')}`);
      }
      const contents = await readUnitContents(sourceDir, listing, units);
      for (const [unit, files] of contents) {
        logger.info(
          files.length > 0
            ? `Unit ${unit}: ${files.length} file(s)`
            : `Unit ${unit}: no files in the workspace, the branch will not have it`,
        );
      }

      const request: PushBranchRequest = {
        branchName,
        targetBranch,
        units: contents,
        commitMessage: input.commitMessage ?? defaultCommitMessage(units),
        author: {
          name: input.gitAuthorName ?? DEFAULT_GIT_AUTHOR.name,
          email: input.gitAuthorEmail ?? DEFAULT_GIT_AUTHOR.email,
        },
        logger,
      };
      ctx.output('branchName', branchName);
      ctx.output('remoteUrl', remote.display);

      if (ctx.isDryRun) {
        logger.info(
          `Dry run: would push ${units.length} unit(s) to branch ${branchName} of ${remote.display} ` +
            `(from ${targetBranch} if the branch is new); nothing pushed`,
        );
        ctx.output('commitHash', 'dry-run');
        ctx.output('updated', false);
        return;
      }

      // One key per branch and remote: a retried task finds the result of
      // its earlier attempt instead of pushing again.
      const remoteId = createHash('sha256')
        .update(remote.display)
        .digest('hex')
        .slice(0, 12);
      const result = await ctx.checkpoint({
        key: `llmd.push-branch.${branchName}.${remoteId}`,
        fn: async () => {
          const pushed =
            remote.type === 'bare'
              ? await commitToBareRepository(remote.gitdir, request)
              : await pushBranchOverHttp(
                  httpAuthFor(integrations, remote.url),
                  request,
                );
          return { commitHash: pushed.commitHash, updated: pushed.updated };
        },
      });
      ctx.output('commitHash', result.commitHash);
      ctx.output('updated', result.updated);
    },
  });
}

function defaultCommitMessage(units: string[]): string {
  return units.length === 1
    ? `Update ${units[0]}`
    : `Update ${units.length} units\n\n${units.map(u => `- ${u}`).join('\n')}`;
}
