import appBackend from '@backstage/plugin-app-backend';
import authBackend from '@backstage/plugin-auth-backend';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogBackend from '@backstage/plugin-catalog-backend';
import eventsBackend from '@backstage/plugin-events-backend';
import catalogLogs from '@backstage/plugin-catalog-backend-module-logs';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import permissionBackend from '@backstage/plugin-permission-backend';
import scaffolderBackend from '@backstage/plugin-scaffolder-backend';
import scaffolderGithub from '@backstage/plugin-scaffolder-backend-module-github';
import scaffolderGitlab from '@backstage/plugin-scaffolder-backend-module-gitlab';
import llmdBackend from '@llmd/plugin-llmd-backend';
import catalogLlmd from '@llmd/plugin-catalog-backend-module-llmd';
import scaffolderLlmd from '@llmd/plugin-scaffolder-backend-module-llmd';
import { devPermissionPolicyModule } from './permissions/devPermissionPolicyModule';

/**
 * Every feature of the portal backend, statically imported so the same list
 * serves `index.ts` and the tests (`startTestBackend` cannot follow dynamic
 * `import()` under Jest).
 */
export const portalBackendFeatures = [
  appBackend,
  authBackend,
  guestProvider,
  eventsBackend,
  catalogBackend,
  catalogLogs,
  scaffolderEntityModel,
  scaffolderBackend,
  scaffolderGithub,
  scaffolderGitlab,
  scaffolderLlmd,
  permissionBackend,
  devPermissionPolicyModule,
  llmdBackend,
  catalogLlmd,
];
