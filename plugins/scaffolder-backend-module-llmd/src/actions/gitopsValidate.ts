import type {
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import {
  type CatalogOwnerOptions,
  EPP_DIALECT_IDS,
  formatGitopsProblem,
  type EppDialectId,
  type GitopsValidation,
  type LlmdPolicy,
  type ManifestSchemaCheck,
  type ValidateGitopsFilesOptions,
  validateGitopsFiles,
} from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { requireTenantMembership } from '../permissions/requireTenantMembership';
import { createSchemaCheckBuilder } from '../validation/createSchemaCheckBuilder';
import { knownGatewaysFromCache } from '../validation/knownGatewaysFromCache';
import {
  schemaSourcesLine,
  validationFailure,
  validationStepOutputs,
} from '../validation/validationStepResult';
import { readWorkspaceYamlFiles } from '../workspace/readWorkspaceYamlFiles';
import type { ActionSchemaFields } from './actionSchemaFields';

/**
 * Options of {@link createGitopsValidateAction}.
 *
 * @public
 */
export interface GitopsValidateActionOptions {
  gitops: GitopsConfig;
  logger: LoggerService;
  /** The clusters whose installed CRDs manifests are validated against (after the configured directories). */
  cache?: Pick<
    LlmdClusterCache,
    'listClusters' | 'listCustomResourceDefinitions' | 'list'
  >;
  /** The governance policy (`llmd.policy`), read once at start-up; none evaluated when absent. */
  policy?: LlmdPolicy;
  /** Tenant owners from `llmd.catalog.owners`, for the rule `owner-required`. */
  namespaceOwners?: Readonly<Record<string, string>>;
  /**
   * With `gitops.requireTenantMembership`: the permission service and the tenant owners (`llmd.catalog.owners`,
   * `llmd.catalog.defaultOwner`) the user who started the task is checked against before anything is validated.
   */
  tenantMembership?: {
    permissions: PermissionsService;
    owners: CatalogOwnerOptions;
  };
}

const input = {
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
} satisfies ActionSchemaFields;

const output = {
  valid: z => z.boolean(),
  report: z =>
    z.string().describe('Markdown for the pull request description.'),
  schemaSources: z =>
    z
      .record(z.string())
      .describe(
        'Which schema decided each kind (`apiVersion Kind` → configured directory, cluster, bundled catalog or core schema).',
      ),
  problems: z =>
    z.array(
      z.object({
        file: z.string(),
        path: z.string(),
        message: z.string(),
        severity: z.enum(['error', 'warning']),
        check: z.enum(['yaml', 'schema', 'epp', 'references', 'policy']),
        rule: z
          .string()
          .optional()
          .describe('Governance rule id, for policy findings.'),
      }),
    ),
} satisfies ActionSchemaFields;

const examples = [
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
];

/**
 * `llmd:gitops:validate`: checks every YAML manifest in the workspace against the CRD schemas and every EPP config
 * against the linter, outputs a markdown report for the pull request, and fails the step on any error. CRDs come
 * from `llmd.gitops.validation.crdDirectories` first, then from the clusters of `llmd.clusters` (read when the step
 * runs, only the API groups the workspace uses), then from the catalog bundled with `@llmd/crd-validator`. With clusters, the Gateways models route through must exist on one
 * of them or be part of the change. With a governance policy (`llmd.policy`), its `deny` findings fail the step too
 * (before any later push step runs) and its warnings go into the report.
 *
 * @public
 */
export function createGitopsValidateAction(
  options: GitopsValidateActionOptions,
) {
  const { gitops } = options;
  const buildSchemaCheck = createSchemaCheckBuilder({
    crdDirectories: gitops.crdDirectories,
    cache: options.cache,
    logger: options.logger,
  });
  return createTemplateAction({
    id: 'llmd:gitops:validate',
    description:
      'Validates every manifest in the workspace against the CRD schemas, the EPP linter and the governance policy (llmd.policy); fails on errors and policy denials and outputs a markdown report for the pull request.',
    examples,
    supportsDryRun: true,
    schema: { input, output },
    async handler(ctx) {
      const files = await readWorkspaceYamlFiles(
        ctx.workspacePath,
        ctx.input.path ?? '.',
      );
      if (gitops.requireTenantMembership) {
        await requireTenantMembership(files, options.tenantMembership, ctx);
      }
      const checkSchema = await buildSchemaCheck(files, ctx.logger);
      const eppDialect = (ctx.input.eppDialect ??
        gitops.target.eppDialect) as EppDialectId;
      const checks = `CRD schemas, EPP dialect ${eppDialect}${policyNote(
        options.policy,
      )}`;
      ctx.logger.info(`Validating ${files.length} YAML files (${checks})`);
      const validation = validateGitopsFiles(
        files,
        validationOptions(options, checkSchema, eppDialect),
      );
      logValidation(validation, ctx.logger);
      const outputs = validationStepOutputs(validation);
      ctx.output('valid', outputs.valid);
      ctx.output('report', outputs.report);
      ctx.output('schemaSources', outputs.schemaSources);
      ctx.output('problems', outputs.problems);
      if (!validation.valid) throw validationFailure(validation);
      ctx.logger.info(
        `Valid: ${validation.manifestCount} manifests, ${validation.schemaCheckedCount} checked against a schema`,
      );
    },
  });
}

/** The schema check and dialect, plus the Gateways the clusters know and the governance policy when configured. */
function validationOptions(
  options: GitopsValidateActionOptions,
  checkSchema: ManifestSchemaCheck,
  eppDialect: EppDialectId,
): ValidateGitopsFilesOptions {
  const knownGateways = options.cache
    ? knownGatewaysFromCache(options.cache)
    : undefined;
  return {
    checkSchema,
    eppDialect,
    ...(knownGateways && { knownGateways }),
    ...(options.policy && {
      policy: options.policy,
      policyContext: {
        eppDialect,
        ...(options.namespaceOwners && {
          namespaceOwners: options.namespaceOwners,
        }),
      },
    }),
  };
}

function policyNote(policy: LlmdPolicy | undefined): string {
  return policy
    ? `, governance policy with ${Object.keys(policy.rules).length} rules`
    : '';
}

/** The schema sources, then every problem at its severity. */
function logValidation(validation: GitopsValidation, logger: LoggerService) {
  const sources = schemaSourcesLine(validation);
  if (sources) logger.info(`Schemas: ${sources}`);
  for (const problem of validation.problems) {
    const line = formatGitopsProblem(problem);
    if (problem.severity === 'error') logger.error(line);
    else logger.warn(line);
  }
}
