import {
  llmdClusterCacheMock,
  type LlmdClusterCacheMock,
} from '@llmd/plugin-llmd-node/testUtils';
import { granite, qwenPd, teamAGateway, teamBModel } from './testObjects';

/**
 * The cache most backend tests read: cluster `prod` (granite-8b, qwen-pd, team-a's Gateway) and the stale cluster
 * `staging` (granite-8b again and team-b's llama), with staging's tokens for another audience.
 */
export function createTestCache(): LlmdClusterCacheMock {
  return llmdClusterCacheMock({
    clusters: [
      { name: 'prod' },
      {
        name: 'staging',
        stale: true,
        defaults: {
          llmisvcApiVersion: 'v1alpha2',
          eppDialect: 'router-v0.10',
          tokenAudience: 'https://staging.example.com',
        },
      },
    ],
    objects: [
      { cluster: 'prod', object: teamAGateway },
      { cluster: 'prod', object: granite },
      { cluster: 'prod', object: qwenPd },
      { cluster: 'staging', object: granite },
      { cluster: 'staging', object: teamBModel },
    ],
  });
}
