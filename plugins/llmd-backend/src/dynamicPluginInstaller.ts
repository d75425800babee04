import { llmdClusterCacheServiceFactory } from '@llmd/plugin-llmd-node';
import { llmdPlugin } from './plugin';

/**
 * Entry point for Red Hat Developer Hub's dynamic plugin loader (the shape of `BackendDynamicPluginInstaller` of
 * `@backstage/backend-dynamic-feature-service`, kind `new`): the plugin plus the cluster cache's factory. Each
 * dynamic plugin embeds its own copy of `@llmd/plugin-llmd-node`, so without an explicit factory the backend plugin,
 * the scaffolder module and the catalog module would each watch every cluster; with it they share one cache.
 * Static backends (`backend.add(import('@llmd/plugin-llmd-backend'))`) use the default export and need none of this.
 *
 * @public
 */
export const dynamicPluginInstaller = {
  kind: 'new' as const,
  install: () => [llmdPlugin, llmdClusterCacheServiceFactory],
};
