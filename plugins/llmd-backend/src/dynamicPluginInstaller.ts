import { llmdClusterCacheServiceFactory } from '@llmd/plugin-llmd-node';
import { llmdPlugin } from './plugin';

/**
 * Entry point for dynamic plugin loaders that look for it (the shape of `BackendDynamicPluginInstaller` of
 * `@backstage/backend-dynamic-feature-service`, kind `new`): the same features as the default export
 * (`llmdBackendFeature`), the plugin plus the cluster cache's factory. The loader RHDH uses installs the default
 * export first, so this is only a fallback.
 *
 * @public
 */
export const dynamicPluginInstaller = {
  kind: 'new' as const,
  install: () => [llmdPlugin, llmdClusterCacheServiceFactory],
};
