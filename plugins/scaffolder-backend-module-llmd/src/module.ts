import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  llmdTenantProposePermission,
  tenantOwner,
} from '@llmd/plugin-llmd-common';
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
import { readGitopsConfig } from './config/readGitopsConfig';
import { llmdTenantPermissionRules } from './permissions/llmdTenantConditions';
import { llmdTenantResourceRef } from './permissions/llmdTenantResourceRef';

/**
 * The llm-d scaffolder actions: `llmd:{tenant,gateway,model,metallb}:render`, `llmd:gitops:validate` and
 * `llmd:gitops:push-branch`.
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
        // Tenant proposals are decided on the tenant's owner: conditional decisions of policies come back here.
        permissionsRegistry.addResourceType({
          resourceRef: llmdTenantResourceRef,
          permissions: [llmdTenantProposePermission],
          rules: llmdTenantPermissionRules,
          getResources: async refs =>
            refs.map(namespace => ({
              namespace,
              owner: tenantOwner(namespace, owners),
            })),
        });
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
        );
        logger.info(
          `llm-d actions registered; templates publish with provider "${
            gitops.provider
          }"; tenant membership ${
            gitops.requireTenantMembership ? 'required' : 'not checked'
          }; ${
            policy
              ? `governance policy: ${Object.keys(policy.rules).length} rules`
              : 'no governance policy (llmd.policy)'
          }`,
        );
      },
    });
  },
});
