import type {
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  type CompiledSnapshots,
  type CrdCatalog,
  createManifestSchemaCheck,
} from '@llmd/crd-validator';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import {
  type CatalogOwnerOptions,
  crdGroupsOf,
  EPP_DIALECT_IDS,
  formatGitopsProblem,
  formatValidationReport,
  tenantsOfChange,
  validateGitopsFiles,
  type EppDialectId,
  type LlmdPolicy,
} from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { authorizeTenantProposal } from '../permissions/authorizeTenantProposal';
import { clusterCrdCatalog } from '../validation/clusterCrdCatalog';
import { knownGatewaysFromCache } from '../validation/knownGatewaysFromCache';
import { configuredCrdCatalog } from '../validation/configuredCrdCatalog';
import { readWorkspaceYamlFiles } from '../workspace/readWorkspaceYamlFiles';

/**
 * `llmd:gitops:validate`: checks every YAML manifest in the workspace against the CRD schemas and every EPP config
 * against the linter, outputs a markdown report for the pull request, and fails the step on any error. CRDs come
 * from `llmd.gitops.validation.crdDirectories` first, then from the clusters of `llmd.clusters` (read when the step
 * runs, only the API groups the workspace uses), then from the catalog bundled with `@llmd/crd-validator`. With clusters, the Gateways models route through must exist on one
 * of them or be part of the change. With a governance policy (`llmd.policy`), its `deny` findings fail the step too
 * (before any later push step runs) and its warnings go into the report.
 */
export function createGitopsValidateAction(options: {
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
}) {
  const { gitops } = options;
  let configured: CrdCatalog | undefined;
  // Compiling a CRD schema takes about a second; the same CRD (file, or cluster object at one resourceVersion)
  // is compiled once for all runs of the step.
  const compiledSnapshots: CompiledSnapshots = new Map();
  return createTemplateAction({
    id: 'llmd:gitops:validate',
    description:
      'Validates every manifest in the workspace against the CRD schemas, the EPP linter and the governance policy (llmd.policy); fails on errors and policy denials and outputs a markdown report for the pull request.',
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
      },
    },
    async handler(ctx) {
      configured ??= configuredCrdCatalog(
        gitops.crdDirectories,
        options.logger,
      );
      const files = await readWorkspaceYamlFiles(
        ctx.workspacePath,
        ctx.input.path ?? '.',
      );
      if (gitops.requireTenantMembership) {
        if (!options.tenantMembership) {
          throw new Error(
            'llmd.gitops.validation.requireTenantMembership is on but the action has no permission service',
          );
        }
        // The template's inputs name the tenant and owner freely: the user who started the task must belong to
        // every tenant the change writes into (or be a platform admin), as the permission policy decides.
        const tenants = tenantsOfChange(files);
        await authorizeTenantProposal({
          ...options.tenantMembership,
          credentials: await ctx.getInitiatorCredentials(),
          tenants,
        });
        ctx.logger.info(
          `Tenant membership: allowed to propose to ${
            tenants.join(', ') || 'no tenant'
          }`,
        );
      }
      const fromClusters = options.cache
        ? await clusterCrdCatalog(options.cache, crdGroupsOf(files), ctx.logger)
        : undefined;
      if (fromClusters?.summary.length) {
        ctx.logger.info(
          `CRDs installed on the clusters: ${fromClusters.summary.join(', ')}`,
        );
      }
      // Lookup order: configured directories, then the clusters' CRDs, then the bundled catalog.
      const checkSchema = createManifestSchemaCheck(
        fromClusters ? [configured, fromClusters.catalog] : [configured],
        {
          searched: [
            'llmd.gitops.validation.crdDirectories',
            ...(fromClusters?.clusters.length
              ? [`the CRDs of cluster(s) ${fromClusters.clusters.join(', ')}`]
              : []),
          ],
          compiledSnapshots,
        },
      );
      const eppDialect = (ctx.input.eppDialect ??
        gitops.target.eppDialect) as EppDialectId;
      const policyNote = options.policy
        ? `, governance policy with ${
            Object.keys(options.policy.rules).length
          } rules`
        : '';
      ctx.logger.info(
        `Validating ${files.length} YAML files (CRD schemas, EPP dialect ${eppDialect}${policyNote})`,
      );
      const knownGateways = options.cache
        ? knownGatewaysFromCache(options.cache)
        : undefined;
      const validation = validateGitopsFiles(files, {
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
      });
      const sources = Object.entries(validation.schemaSources)
        .sort()
        .map(([kind, source]) => `${kind} ← ${source}`)
        .join('; ');
      if (sources) ctx.logger.info(`Schemas: ${sources}`);
      for (const problem of validation.problems) {
        const line = formatGitopsProblem(problem);
        if (problem.severity === 'error') ctx.logger.error(line);
        else ctx.logger.warn(line);
      }
      const report = formatValidationReport(validation);
      ctx.output('valid', validation.valid);
      ctx.output('report', report);
      ctx.output('schemaSources', validation.schemaSources);
      ctx.output(
        'problems',
        validation.problems.map(p => ({
          file: p.file,
          path: p.path,
          message: p.message,
          severity: p.severity,
          check: p.check,
          ...(p.rule && { rule: p.rule }),
        })),
      );
      if (!validation.valid) {
        const errors = validation.problems.filter(p => p.severity === 'error');
        throw new InputError(
          `Validation failed with ${errors.length} error(s):\n${errors
            .map(p => `  ${formatGitopsProblem(p)}`)
            .join('\n')}${sources ? `\nSchemas: ${sources}` : ''}`,
        );
      }
      ctx.logger.info(
        `Valid: ${validation.manifestCount} manifests, ${validation.schemaCheckedCount} checked against a schema`,
      );
    },
  });
}
