import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DevPermissionPolicy } from './devPermissionPolicy';

/** Installs {@link DevPermissionPolicy} into the permission backend. */
export const devPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'llmd-dev-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new DevPermissionPolicy());
      },
    });
  },
});
