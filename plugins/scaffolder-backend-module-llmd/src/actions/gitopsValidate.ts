import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  EPP_DIALECT_IDS,
  formatGitopsProblem,
  formatValidationReport,
  validateGitopsFiles,
  type EppDialectId,
  type ManifestSchemaCheck,
} from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { createManifestSchemaCheck } from '../validation/createManifestSchemaCheck';
import { readWorkspaceYamlFiles } from '../workspace/readWorkspaceYamlFiles';

/**
 * `llmd:gitops:validate`: checks every YAML manifest in the workspace against the CRD schemas and every EPP config
 * against the linter, outputs a markdown report for the pull request, and fails the step on any error.
 */
export function createGitopsValidateAction(options: {
  gitops: GitopsConfig;
  logger: LoggerService;
  /** Overrides the check built from `llmd.gitops.validation.crdDirectories` (tests). */
  checkSchema?: ManifestSchemaCheck;
}) {
  const { gitops } = options;
  let checkSchema = options.checkSchema;
  return createTemplateAction({
    id: 'llmd:gitops:validate',
    description:
      'Validates every manifest in the workspace against the CRD schemas and the EPP linter; fails on errors and outputs a markdown report for the pull request.',
    examples: [
      {
        description: 'Validate what the render step wrote',
        example: [
          'steps:',
          '  - id: validate',
          '    name: Validate',
          '    action: llmd:gitops:validate',
          '    input:',
          '      path: .',
          '',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace directory that stands for the GitOps repository root. Default: the workspace root.',
            ),
        eppDialect: z =>
          z
            .enum(EPP_DIALECT_IDS as unknown as [string, ...string[]])
            .optional()
            .describe(
              'Dialect EPP configs are linted with. Default: llmd.gitops.target.eppDialect.',
            ),
      },
      output: {
        valid: z => z.boolean(),
        report: z =>
          z.string().describe('Markdown for the pull request description.'),
        problems: z =>
          z.array(
            z.object({
              file: z.string(),
              path: z.string(),
              message: z.string(),
              severity: z.enum(['error', 'warning']),
            }),
          ),
      },
    },
    async handler(ctx) {
      checkSchema ??= createManifestSchemaCheck(
        gitops.crdDirectories,
        options.logger,
      );
      const files = await readWorkspaceYamlFiles(
        ctx.workspacePath,
        ctx.input.path ?? '.',
      );
      const eppDialect = (ctx.input.eppDialect ??
        gitops.target.eppDialect) as EppDialectId;
      ctx.logger.info(
        `Validating ${files.length} YAML files (CRD schemas, EPP dialect ${eppDialect})`,
      );
      const validation = validateGitopsFiles(files, {
        checkSchema,
        eppDialect,
      });
      for (const problem of validation.problems) {
        const line = formatGitopsProblem(problem);
        if (problem.severity === 'error') ctx.logger.error(line);
        else ctx.logger.warn(line);
      }
      const report = formatValidationReport(validation);
      ctx.output('valid', validation.valid);
      ctx.output('report', report);
      ctx.output(
        'problems',
        validation.problems.map(p => ({
          file: p.file,
          path: p.path,
          message: p.message,
          severity: p.severity,
        })),
      );
      if (!validation.valid) {
        const errors = validation.problems.filter(p => p.severity === 'error');
        throw new InputError(
          `Validation failed with ${errors.length} error(s):\n${errors
            .map(p => `  ${formatGitopsProblem(p)}`)
            .join('\n')}`,
        );
      }
      ctx.logger.info(
        `Valid: ${validation.manifestCount} manifests, ${validation.schemaCheckedCount} checked against a schema`,
      );
    },
  });
}
