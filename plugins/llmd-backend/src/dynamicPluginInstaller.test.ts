import {
  createBackendModule,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  type LlmdClusterCache,
  llmdClusterCacheServiceRef,
} from '@llmd/plugin-llmd-node';
import { dynamicPluginInstaller } from './dynamicPluginInstaller';

describe('dynamicPluginInstaller', () => {
  it('makes plugins with their own copy of the cache ref share one cache', async () => {
    // what a module of another dynamic plugin sees: its own ref object (own default factory), same id
    const embeddedCopyRef = createServiceRef<LlmdClusterCache>({
      id: llmdClusterCacheServiceRef.id,
      scope: 'root',
      defaultFactory: async () => {
        throw new Error('the embedded copy must not build its own cache');
      },
    });
    const seen: LlmdClusterCache[] = [];
    const probe = (pluginId: string, ref = embeddedCopyRef) =>
      createBackendModule({
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
    const backend = await startTestBackend({
      features: [
        ...dynamicPluginInstaller.install(),
        probe('llmd', llmdClusterCacheServiceRef),
        probe('catalog'),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
    try {
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBe(seen[1]);
    } finally {
      await backend.stop();
    }
  });
});
