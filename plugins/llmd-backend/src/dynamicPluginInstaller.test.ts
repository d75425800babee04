import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  type LlmdClusterCache,
  llmdClusterCacheServiceRef,
} from '@llmd/plugin-llmd-node';
import { cacheProbe, embeddedCacheRefCopy } from './__testUtils__/cacheProbe';
import { dynamicPluginInstaller } from './dynamicPluginInstaller';

describe('dynamicPluginInstaller', () => {
  it('makes plugins with their own copy of the cache ref share one cache', async () => {
    const embeddedCopyRef = embeddedCacheRefCopy();
    const seen: LlmdClusterCache[] = [];
    const probe = (pluginId: string, ref = embeddedCopyRef) =>
      cacheProbe(seen, pluginId, ref);
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
