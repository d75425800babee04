import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { llmdClusterCacheServiceFactory } from '@llmd/plugin-llmd-node';
import { llmdPlugin } from './plugin';

/**
 * The package's default export: the plugin plus the cluster cache's factory. RHDH's dynamic plugin loader
 * (`@backstage/backend-dynamic-feature-service`) installs a package's default export whenever it is a backend
 * feature, before it looks at `dynamicPluginInstaller`; each dynamic plugin embeds its own copy of
 * `@llmd/plugin-llmd-node`, so without this factory the backend plugin, the scaffolder module and the catalog module
 * would each watch every cluster, and with it they share one cache. In a static backend the factory is the one the
 * cache's ref defaults to; a cache factory the app adds itself takes precedence over one from a feature loader.
 *
 * @public
 */
export const llmdBackendFeature = createBackendFeatureLoader({
  loader: () => [llmdPlugin, llmdClusterCacheServiceFactory],
});
