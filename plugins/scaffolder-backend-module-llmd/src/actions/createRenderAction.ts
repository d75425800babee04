import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  describeGitopsChange,
  formatInputProblem,
  renderFromInput,
  renderTargetSchema,
  resolveRenderTarget,
  type RenderKind,
  type RenderTarget,
} from '@llmd/plugin-llmd-common';
import { llmdSchema } from './llmdSchema';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { writeWorkspaceFiles } from '../workspace/writeWorkspaceFiles';

/** What one render action is: its kind, id, input schema and documentation. */
export interface RenderActionDefinition {
  readonly kind: RenderKind;
  readonly id: string;
  readonly description: string;
  /** The llm-d input schema of the kind (`tenantInputSchema`, `modelInputSchema`, ...). */
  readonly inputSchema: unknown;
  readonly examples: { description: string; example: string }[];
}

/**
 * Builds an `llmd:<kind>:render` action: validates the input with the llm-d schema, renders it for the target and
 * writes the files into the workspace at their GitOps layout paths. Invalid input fails the step with one line per
 * problem naming the field; nothing is written then.
 */
export function createRenderAction(
  definition: RenderActionDefinition,
  gitops: GitopsConfig,
) {
  const { kind } = definition;
  return createTemplateAction({
    id: definition.id,
    description: definition.description,
    examples: definition.examples,
    supportsDryRun: true,
    schema: {
      input: {
        input: llmdSchema(definition.inputSchema),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace directory that stands for the GitOps repository root. Default: the workspace root.',
            ),
        target: llmdSchema(
          renderTargetSchema
            .optional()
            .describe('Overrides llmd.gitops.target for this step.'),
        ),
      },
      output: {
        files: z =>
          z.array(z.string()).describe('Workspace-relative paths written.'),
        units: z =>
          z
            .array(z.string())
            .describe('Repo-relative directories the change owns.'),
        branchName: z => z.string().describe('llmd/<kind>/<namespace>/<name>'),
        title: z => z.string().describe('Pull request title.'),
        summary: z =>
          z.string().describe('Pull request description (markdown).'),
        publish: z =>
          z
            .object({
              provider: z.string(),
              repoUrl: z.string().optional(),
              targetBranch: z.string(),
            })
            .describe('llmd.gitops settings for the publish step.'),
      },
    },
    async handler(ctx) {
      const target = resolveRenderTarget({
        ...gitops.target,
        ...((ctx.input.target ?? {}) as Partial<RenderTarget>),
      });
      ctx.logger.info(
        `Rendering ${kind} for LLMInferenceService ${target.llmisvcApiVersion}, EPP dialect ${target.eppDialect}`,
      );
      const raw = ctx.input.input;
      const outcome = renderFromInput(kind, raw, target);
      if (!outcome.success) {
        const lines = outcome.problems.map(formatInputProblem);
        for (const line of lines) ctx.logger.error(line);
        throw new InputError(
          `The ${kind} input is invalid:\n${lines
            .map(l => `  ${l}`)
            .join('\n')}`,
        );
      }
      const change = describeGitopsChange(kind, raw, outcome.result, target);
      const files = await writeWorkspaceFiles(
        ctx.workspacePath,
        ctx.input.targetPath ?? '.',
        outcome.result.files,
      );
      for (const file of files) ctx.logger.info(`Wrote ${file}`);
      ctx.logger.info(
        `Rendered ${
          outcome.result.manifests.length
        } manifests into ${change.units.join(', ')} (branch ${
          change.branchName
        })`,
      );
      ctx.output('files', files);
      ctx.output('units', [...change.units]);
      ctx.output('branchName', change.branchName);
      ctx.output('title', change.title);
      ctx.output('summary', change.summary);
      ctx.output('publish', {
        provider: gitops.provider,
        ...(gitops.repoUrl && { repoUrl: gitops.repoUrl }),
        targetBranch: gitops.targetBranch,
      });
    },
  });
}
