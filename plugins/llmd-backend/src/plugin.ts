import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  llmdModelProbePermission,
  llmdModelTokenCreatePermission,
  llmdPermissions,
} from '@llmd/plugin-llmd-common';
import {
  llmdClusterCacheServiceRef,
  readCatalogOwnerOptions,
  readLlmdPolicyConfig,
  readTenantOwnersConfig,
} from '@llmd/plugin-llmd-node';
import { FleetView } from './fleet/FleetView';
import { FleetGovernance } from './governance/FleetGovernance';
import { metricsServiceFor } from './metrics/metricsServiceFor';
import { llmdModelPermissionRules } from './permissions/llmdModelConditions';
import { llmdModelResourceRef } from './permissions/llmdModelResourceRef';
import { loadModelPermissionResources } from './permissions/loadModelPermissionResources';
import { ModelProber } from './reachability/ModelProber';
import { readProbeConfigs } from './reachability/readProbeConfigs';
import { createRouter } from './routes/createRouter';
import { readMaxTokenTtlSeconds } from './tokenTtl';

/** The services the plugin uses. */
const PLUGIN_DEPS = {
  httpRouter: coreServices.httpRouter,
  httpAuth: coreServices.httpAuth,
  permissions: coreServices.permissions,
  permissionsRegistry: coreServices.permissionsRegistry,
  auditor: coreServices.auditor,
  config: coreServices.rootConfig,
  cache: llmdClusterCacheServiceRef,
  lifecycle: coreServices.lifecycle,
  logger: coreServices.logger,
};

/**
 * The llm-d backend plugin: `/api/llmd` (clusters and their preflight, model services with endpoints, EPP profile
 * and reachability diagnosis, access tokens, active probes, policy findings, serving metrics from the clusters'
 * Prometheus), served from the shared cluster cache of `@llmd/plugin-llmd-node`.
 *
 * @public
 */
export const llmdPlugin = createBackendPlugin({
  pluginId: 'llmd',
  register(env) {
    env.registerInit({
      deps: PLUGIN_DEPS,
      async init({
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
        config,
        cache,
        lifecycle,
        logger,
      }) {
        permissionsRegistry.addPermissions(llmdPermissions);
        // Token minting and probing are decided on the live object of the requested cluster (its derived owner),
        // not on the catalog entity: conditional decisions of policies come back here to be applied.
        permissionsRegistry.addResourceType({
          resourceRef: llmdModelResourceRef,
          permissions: [
            llmdModelTokenCreatePermission,
            llmdModelProbePermission,
          ],
          rules: llmdModelPermissionRules,
          getResources: loadModelPermissionResources(
            cache,
            readCatalogOwnerOptions(config),
          ),
        });
        const governance = new FleetGovernance({
          policy: readLlmdPolicyConfig(config),
          namespaceOwners: readTenantOwnersConfig(config),
        });
        const prober = new ModelProber({
          cache,
          probeConfigs: readProbeConfigs(config),
        });
        const fleet = new FleetView({ cache, governance, prober });
        fleet.followLifecycle(lifecycle);
        httpRouter.use(
          createRouter({
            cache,
            httpAuth,
            permissions,
            auditor,
            maxTtlSeconds: readMaxTokenTtlSeconds(config),
            governance,
            prober,
            fleet,
            metrics: metricsServiceFor({ config, lifecycle, logger }),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
