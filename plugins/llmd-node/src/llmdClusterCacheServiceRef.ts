import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  type ServiceRef,
} from '@backstage/backend-plugin-api';
import { createLlmdClusterCache } from './createLlmdClusterCache';
import { readCacheTuning } from './readCacheTuning';
import { readClusterConfig } from './readClusterConfig';
import type { LlmdClusterCache } from './types';

/** The factory of the cluster cache for a ref of id `llmd.cluster-cache`. */
function clusterCacheFactory(
  service: ServiceRef<LlmdClusterCache, 'root', 'singleton'>,
) {
  return createServiceFactory({
    service,
    deps: {
      config: coreServices.rootConfig,
      logger: coreServices.rootLogger,
      lifecycle: coreServices.rootLifecycle,
    },
    factory({ config, logger, lifecycle }) {
      const cacheLogger = logger.child({ service: 'llmd-cluster-cache' });
      const cache = createLlmdClusterCache({
        clusters: readClusterConfig(config, cacheLogger),
        tuning: readCacheTuning(config),
        logger: cacheLogger,
      });
      lifecycle.addShutdownHook(() => cache.stop());
      return cache;
    },
  });
}

/**
 * The multi-cluster watch cache, shared by every plugin of a backend process (root scope), so each cluster is
 * listed and watched once no matter how many plugins read it. Configured by `llmd.clusters` (falling back to the
 * `kubernetes` plugin's static clusters), `llmd.defaults` and `llmd.cache`; watches stop on backend shutdown.
 *
 * A backend needs no explicit factory: the default one is used whenever a plugin depends on this ref. Tests can
 * replace it with `createServiceFactory({ service: llmdClusterCacheServiceRef, ... })`.
 *
 * @public
 */
export const llmdClusterCacheServiceRef: ServiceRef<
  LlmdClusterCache,
  'root',
  'singleton'
> = createServiceRef<LlmdClusterCache>({
  id: 'llmd.cluster-cache',
  scope: 'root',
  defaultFactory: async service => clusterCacheFactory(service),
});

/**
 * The cache's factory as an explicit backend feature. Only needed where plugins carry their own copy of this
 * package (RHDH dynamic plugins embed it in each plugin): a default factory is per copy, while an explicitly added
 * factory serves every ref of its id, so adding this once (the llmd backend plugin's dynamic installer does) makes
 * all llm-d plugins share one cache.
 *
 * @public
 */
export const llmdClusterCacheServiceFactory = clusterCacheFactory(
  llmdClusterCacheServiceRef,
);
