/*
 * A backend assembled the way Red Hat Developer Hub's is (redhat-developer/rhdh packages/backend/src/index.ts):
 * `dynamicPluginsFeatureLoader` of @backstage/backend-dynamic-feature-service loads every plugin under
 * `dynamicPlugins.rootDirectory`, next to the statically installed app, catalog, scaffolder (with the stock GitHub
 * and GitLab publish modules), permission and auth backends. No llm-d plugin is imported here: they come only from
 * the exported dist-dynamic folders. Run as its own process by startRhdhLikeBackend.ts (the loader patches
 * Node's module resolution, which Jest's module system would bypass).
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  dynamicPluginsFeatureLoader,
  dynamicPluginsFrontendServiceRef,
} from '@backstage/backend-dynamic-feature-service';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { PackageRoles } from '@backstage/cli-node';
import appBackend from '@backstage/plugin-app-backend';
import authBackend from '@backstage/plugin-auth-backend';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogBackend from '@backstage/plugin-catalog-backend';
import permissionBackend from '@backstage/plugin-permission-backend';
import scaffolderBackend from '@backstage/plugin-scaffolder-backend';
import scaffolderGithub from '@backstage/plugin-scaffolder-backend-module-github';
import scaffolderGitlab from '@backstage/plugin-scaffolder-backend-module-gitlab';
import { join } from 'node:path';
import { allowAllPermissionPolicy } from './allowAllPermissionPolicy';

const backend = createBackend();

backend.add(
  dynamicPluginsFeatureLoader({
    // As RHDH: each dynamic plugin's config schema sits next to its code.
    schemaLocator(pluginPackage) {
      const { platform } = PackageRoles.getRoleInfo(
        pluginPackage.manifest.backstage.role,
      );
      return join(
        platform === 'node' ? 'dist' : 'dist-scalprum',
        'configSchema.json',
      );
    },
  }),
);
// RHDH 1.x serves its frontend plugins through Scalprum, not the loader's module federation remotes server, and
// replaces that service by a no-op unless ENABLE_STANDARD_MODULE_FEDERATION is set.
backend.add(
  createServiceFactory({
    service: dynamicPluginsFrontendServiceRef,
    deps: {},
    factory: () => ({ setResolverProvider() {} }),
  }),
);

backend.add(appBackend);
backend.add(authBackend);
backend.add(guestProvider);
backend.add(catalogBackend);
backend.add(scaffolderBackend);
backend.add(scaffolderGithub);
backend.add(scaffolderGitlab);
backend.add(permissionBackend);
backend.add(allowAllPermissionPolicy);

backend.start();
