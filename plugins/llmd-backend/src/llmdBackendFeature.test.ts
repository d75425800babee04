import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  type LlmdClusterCache,
  llmdClusterCacheServiceRef,
} from '@llmd/plugin-llmd-node';
import { cacheProbe, embeddedCacheRefCopy } from './__testUtils__/cacheProbe';
import llmdBackend from './index';

describe('the default export (llmdBackendFeature)', () => {
  const seen: LlmdClusterCache[] = [];
  const probe = (pluginId: string, ref = llmdClusterCacheServiceRef) =>
    cacheProbe(seen, pluginId, ref);

  beforeEach(() => seen.splice(0));

  it('makes plugins with their own copy of the cache ref share one cache, as RHDH installs it', async () => {
    const embeddedCopyRef = embeddedCacheRefCopy();
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
