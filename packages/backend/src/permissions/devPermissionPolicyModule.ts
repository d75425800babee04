import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DevPermissionPolicy } from './DevPermissionPolicy';

/** Installs {@link DevPermissionPolicy} into the permission backend. */
export const devPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'llmd-dev-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new DevPermissionPolicy(
            config.getOptionalStringArray('llmd.platformAdmins') ?? [],
          ),
        );
      },
    });
  },
});
