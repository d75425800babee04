import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import llmdPlugin from '..';
import { fakeClusterCacheFactory } from './fakeClusterCache';

type Feature = NonNullable<
  Parameters<typeof startTestBackend>[0]['features']
>[number];
type ConfigData = NonNullable<
  Parameters<typeof mockServices.rootConfig.factory>[0]
>['data'];

/** Starts a real backend with the llm-d plugin reading the given cache; more features override services. */
export async function startLlmdTestBackend(options: {
  cache: LlmdClusterCache;
  config?: ConfigData;
  features?: Feature[];
}) {
  return startTestBackend({
    features: [
      llmdPlugin,
      fakeClusterCacheFactory(options.cache),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      ...(options.features ?? []),
    ],
  });
}
