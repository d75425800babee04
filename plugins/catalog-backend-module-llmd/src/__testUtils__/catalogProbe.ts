import {
  coreServices,
  createBackendModule,
  type SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  llmdClusterCacheServiceRef,
  type LlmdClusterCache,
} from '@llmd/plugin-llmd-node';

/**
 * Test-only: a catalog module that hands the test what the llm-d module gets — the catalog plugin's scheduler (to
 * trigger and list its tasks) and the shared cluster cache (to see what the module sees).
 */
export function catalogProbe() {
  let captured:
    | { scheduler: SchedulerService; cache: LlmdClusterCache }
    | undefined;
  const get = () => {
    if (!captured) throw new Error('the backend has not started the probe');
    return captured;
  };
  return {
    module: createBackendModule({
      pluginId: 'catalog',
      moduleId: 'test-probe',
      register(reg) {
        reg.registerInit({
          deps: {
            scheduler: coreServices.scheduler,
            cache: llmdClusterCacheServiceRef,
          },
          async init(deps) {
            captured = deps;
          },
        });
      },
    }),
    get scheduler(): SchedulerService {
      return get().scheduler;
    },
    get cache(): LlmdClusterCache {
      return get().cache;
    },
  };
}
