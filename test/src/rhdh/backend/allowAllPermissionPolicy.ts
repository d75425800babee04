import { createBackendModule } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/**
 * Allows every permission, as RHDH does for authenticated users while its RBAC plugin is not enabled; the
 * permission backend still answers every authorize request the plugins and the frontend send.
 */
export const allowAllPermissionPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'llmd-test-allow-all',
  register(env) {
    env.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle() {
            return { result: AuthorizeResult.ALLOW };
          },
        });
      },
    });
  },
});
