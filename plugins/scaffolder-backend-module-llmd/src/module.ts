import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import type { LlmdPolicy } from '@llmd/plugin-llmd-common';
import {
  llmdClusterCacheServiceRef,
  readCatalogOwnerOptions,
  readLlmdPolicyConfig,
  readTenantOwnersConfig,
} from '@llmd/plugin-llmd-node';
import { createGatewayRenderAction } from './actions/gatewayRender';
import { createGitopsPushBranchAction } from './actions/gitopsPushBranch';
import { createGitopsValidateAction } from './actions/gitopsValidate';
import { createMetallbRenderAction } from './actions/metallbRender';
import { createModelRenderAction } from './actions/modelRender';
import { createTenantRenderAction } from './actions/tenantRender';
import { type GitopsConfig, readGitopsConfig } from './config/readGitopsConfig';
import { createGitlabMergeRequestAction } from './gitlab/createGitlabMergeRequestAction';
import { registerTenantResourceType } from './permissions/registerTenantResourceType';

/**
 * The llm-d scaffolder actions: `llmd:{tenant,gateway,model,metallb}:render`, `llmd:gitops:validate`,
 * `llmd:gitops:push-branch` and `llmd:gitlab:merge-request`.
 *
 * @public
 */
export const scaffolderModuleLlmd = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'llmd',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: llmdClusterCacheServiceRef,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        scaffolder,
        config,
        logger,
        cache,
        permissions,
        permissionsRegistry,
      }) {
        const gitops = readGitopsConfig(config);
        const owners = readCatalogOwnerOptions(config);
        registerTenantResourceType(permissionsRegistry, owners);
        // Read once: an invalid policy stops the backend here rather than failing someone's template run later.
        const policy = readLlmdPolicyConfig(config);
        const namespaceOwners = readTenantOwnersConfig(config);
        scaffolder.addActions(
          createTenantRenderAction({ gitops }),
          createGatewayRenderAction({ gitops }),
          createModelRenderAction({ gitops }),
          createMetallbRenderAction({ gitops }),
          createGitopsValidateAction({
            gitops,
            logger,
            cache,
            policy,
            namespaceOwners,
            tenantMembership: { permissions, owners },
          }),
          createGitopsPushBranchAction({ config }),
          createGitlabMergeRequestAction({ config }),
        );
        logger.info(registrationSummary(gitops, policy));
      },
    });
  },
});

/** One start-up line: the publish provider, whether tenant membership is checked, the governance policy. */
function registrationSummary(
  gitops: GitopsConfig,
  policy: LlmdPolicy | undefined,
): string {
  const membership = gitops.requireTenantMembership
    ? 'required'
    : 'not checked';
  const governance = policy
    ? `governance policy: ${Object.keys(policy.rules).length} rules`
    : 'no governance policy (llmd.policy)';
  return `llm-d actions registered; templates publish with provider "${gitops.provider}"; tenant membership ${membership}; ${governance}`;
}
