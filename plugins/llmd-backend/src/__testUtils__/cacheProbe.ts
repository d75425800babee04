import {
  createBackendModule,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  type LlmdClusterCache,
  llmdClusterCacheServiceRef,
} from '@llmd/plugin-llmd-node';

/**
 * The cache ref a module of another dynamic plugin sees: its own ref object (with its own default factory) under the
 * same id, as when each exported plugin embeds its own copy of llmd-node.
 */
export function embeddedCacheRefCopy() {
  return createServiceRef<LlmdClusterCache>({
    id: llmdClusterCacheServiceRef.id,
    scope: 'root',
    defaultFactory: async () => {
      throw new Error('the embedded copy must not build its own cache');
    },
  });
}

/** A module of `pluginId` that records the cache it is given into `seen`, to tell whether plugins share one. */
export function cacheProbe(
  seen: LlmdClusterCache[],
  pluginId: string,
  ref = llmdClusterCacheServiceRef,
) {
  return createBackendModule({
    pluginId,
    moduleId: 'probe',
    register(env) {
      env.registerInit({
        deps: { cache: ref },
        async init({ cache }) {
          seen.push(cache);
        },
      });
    },
  });
}
