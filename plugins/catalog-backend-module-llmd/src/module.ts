import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { llmdClusterCacheServiceRef } from '@llmd/plugin-llmd-node';
import { LlmdModelServiceProvider } from './LlmdModelServiceProvider';
import { readCatalogModuleConfig } from './readCatalogModuleConfig';

/**
 * Id of the scheduled full resync (a global task: one replica runs it).
 *
 * @public
 */
export const FULL_RESYNC_TASK_ID = 'llmd-model-services-full-resync';

/**
 * Catalog module with the llm-d entity provider: every model service of every cluster in `llmd.clusters` as a
 * `model-service` Component providing an OpenAPI `API`, its tenant's `System` and the `inference-gateway` Resources
 * it depends on, fed by the shared llm-d cluster cache. Without clusters (or with `llmd.catalog.enabled: false`) it
 * registers nothing.
 *
 * @public
 */
export const catalogModuleLlmd = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'llmd',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        cache: llmdClusterCacheServiceRef,
      },
      async init({ catalog, config, logger, scheduler, lifecycle, cache }) {
        const settings = readCatalogModuleConfig(config);
        if (!settings.enabled) {
          logger.info(
            'llm-d catalog module disabled (llmd.catalog.enabled: false)',
          );
          return;
        }
        const clusters = cache.listClusters();
        if (clusters.length === 0) {
          logger.info(
            'llm-d catalog module idle: no clusters configured (llmd.clusters)',
          );
          return;
        }
        const provider = new LlmdModelServiceProvider({
          cache,
          logger,
          entities: settings.entities,
        });
        catalog.addEntityProvider(provider);
        await scheduler.scheduleTask({
          ...settings.schedule,
          id: FULL_RESYNC_TASK_ID,
          scope: 'global',
          fn: async () => {
            await provider.fullResync();
          },
        });
        lifecycle.addShutdownHook(() => provider.stop());
        logger.info(
          `llm-d catalog module: model services of ${clusters.length} cluster(s) as catalog entities`,
        );
      },
    });
  },
});
