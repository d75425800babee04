import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  describeGitopsChange,
  formatInputProblem,
  renderFromInput,
  renderTargetSchema,
  resolveRenderTarget,
  type RenderKind,
  type RenderResult,
  type RenderTarget,
} from '@llmd/plugin-llmd-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { writeWorkspaceFiles } from '../workspace/writeWorkspaceFiles';
import type { ActionSchemaFields } from './actionSchemaFields';
import { llmdSchema } from './llmdSchema';

/** What one render action is: its kind, id, input schema and documentation. */
export interface RenderActionDefinition {
  readonly kind: RenderKind;
  readonly id: string;
  readonly description: string;
  /** The llm-d input schema of the kind (`tenantInputSchema`, `modelInputSchema`, ...). */
  readonly inputSchema: unknown;
  readonly examples: { description: string; example: string }[];
}

/** The inputs every render action has besides the kind's own `input`. */
const targetInput = {
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
} satisfies ActionSchemaFields;

const output = {
  files: z => z.array(z.string()).describe('Workspace-relative paths written.'),
  units: z =>
    z.array(z.string()).describe('Repo-relative directories the change owns.'),
  branchName: z => z.string().describe('llmd/<kind>/<namespace>/<name>'),
  title: z => z.string().describe('Pull request title.'),
  summary: z => z.string().describe('Pull request description (markdown).'),
  publish: z =>
    z
      .object({
        provider: z.string(),
        repoUrl: z.string().optional(),
        targetBranch: z.string(),
      })
      .describe('llmd.gitops settings for the publish step.'),
} satisfies ActionSchemaFields;

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
      input: { input: llmdSchema(definition.inputSchema), ...targetInput },
      output,
    },
    async handler(ctx) {
      const step = (ctx.input.target ?? {}) as Partial<RenderTarget>;
      // a step naming another dialect gets that dialect's template unless it names one too
      const { schedulerTemplate, ...configured } = gitops.target;
      const target = resolveRenderTarget({
        ...(step.eppDialect ? configured : gitops.target),
        ...step,
      });
      ctx.logger.info(
        `Rendering ${kind} for LLMInferenceService ${target.llmisvcApiVersion}, EPP dialect ${target.eppDialect}`,
      );
      const raw = ctx.input.input;
      const result = renderOrThrow(kind, raw, target, ctx.logger);
      const change = describeGitopsChange(kind, raw, result, target);
      const files = await writeWorkspaceFiles(
        ctx.workspacePath,
        ctx.input.targetPath ?? '.',
        result.files,
      );
      for (const file of files) ctx.logger.info(`Wrote ${file}`);
      ctx.logger.info(
        `Rendered ${result.manifests.length} manifests into ${change.units.join(
          ', ',
        )} (branch ${change.branchName})`,
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

/**
 * Renders the input for the target, or fails the step with one logged line per problem naming the field.
 *
 * @throws InputError when the input is invalid; nothing is rendered then
 */
function renderOrThrow(
  kind: RenderKind,
  raw: unknown,
  target: RenderTarget,
  logger: LoggerService,
): RenderResult {
  const outcome = renderFromInput(kind, raw, target);
  if (outcome.success) return outcome.result;
  const lines = outcome.problems.map(formatInputProblem);
  for (const line of lines) logger.error(line);
  throw new InputError(
    `The ${kind} input is invalid:\n${lines.map(l => `  ${l}`).join('\n')}`,
  );
}
