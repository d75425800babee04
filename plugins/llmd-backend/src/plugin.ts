import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { llmdPermissions } from '@llmd/plugin-llmd-common';
import { llmdClusterCacheServiceRef } from '@llmd/plugin-llmd-node';
import { createRouter } from './routes/createRouter';
import { readMaxTokenTtlSeconds } from './tokenTtl';

/**
 * The llm-d backend plugin: `/api/llmd` (clusters, model services with endpoints and EPP profile, access tokens),
 * served from the shared cluster cache of `@llmd/plugin-llmd-node`.
 *
 * @public
 */
export const llmdPlugin = createBackendPlugin({
  pluginId: 'llmd',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        config: coreServices.rootConfig,
        cache: llmdClusterCacheServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
        config,
        cache,
      }) {
        permissionsRegistry.addPermissions(llmdPermissions);
        httpRouter.use(
          createRouter({
            cache,
            httpAuth,
            permissions,
            auditor,
            maxTtlSeconds: readMaxTokenTtlSeconds(config),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
