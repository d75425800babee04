import {
  createBackendModule,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  type LlmdClusterCache,
  llmdClusterCacheServiceRef,
} from '@llmd/plugin-llmd-node';
import llmdBackend from './index';

describe('the default export (llmdBackendFeature)', () => {
  const seen: LlmdClusterCache[] = [];
  const probe = (pluginId: string, ref = llmdClusterCacheServiceRef) =>
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

  beforeEach(() => seen.splice(0));

  it('makes plugins with their own copy of the cache ref share one cache, as RHDH installs it', async () => {
    // what a module of another dynamic plugin sees: its own ref object (own default factory), same id
    const embeddedCopyRef = createServiceRef<LlmdClusterCache>({
      id: llmdClusterCacheServiceRef.id,
      scope: 'root',
      defaultFactory: async () => {
        throw new Error('the embedded copy must not build its own cache');
      },
    });
    const backend = await startTestBackend({
      features: [
        llmdBackend,
        probe('scaffolder'),
        probe('catalog', embeddedCopyRef),
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

  it('leaves a cache factory the app adds itself in place', async () => {
    const own = { own: true } as unknown as LlmdClusterCache;
    const backend = await startTestBackend({
      features: [
        llmdBackend,
        probe('catalog'),
        createServiceFactory({
          service: llmdClusterCacheServiceRef,
          deps: {},
          factory: () => own,
        }),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
    try {
      expect(seen).toEqual([own]);
    } finally {
      await backend.stop();
    }
  });
});
