import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import { granite, teamAGateway } from '../__testUtils__/testObjects';
import { ModelProber } from './ModelProber';
import { ReachabilitySummaries } from './ReachabilitySummaries';

const programmed = { type: 'Programmed', status: 'True' };
const gateway = {
  ...teamAGateway,
  status: { ...teamAGateway.status, conditions: [programmed] },
};

function setup() {
  const cache = llmdClusterCacheMock({
    // CRDs unreadable: the diagnosis takes the served kinds' access as the evidence that they are installed
    clusters: [
      {
        name: 'prod',
        kindAccess: {
          CustomResourceDefinition: { state: 'forbidden', permission: 'list' },
        },
      },
    ],
    objects: [
      { cluster: 'prod', object: gateway },
      { cluster: 'prod', object: granite },
    ],
  });
  const prober = new ModelProber({ cache, probeConfigs: new Map() });
  return { cache, summaries: new ReachabilitySummaries(cache, prober) };
}

const modelOf = (cache: ReturnType<typeof setup>['cache']) =>
  cache.get('prod', 'LLMInferenceService', 'team-a', 'granite-8b')!.object;

describe('ReachabilitySummaries', () => {
  it('reuses a summary while neither the model nor anything else of its cluster changed', () => {
    const { cache, summaries } = setup();
    const first = summaries.forCluster('prod')(modelOf(cache));
    expect(summaries.forCluster('prod')(modelOf(cache))).toBe(first);
  });

  it('evaluates again when another object of the cluster changes (a Gateway losing its address)', () => {
    const { cache, summaries } = setup();
    const before = summaries.forCluster('prod')(modelOf(cache));
    expect(before.step).not.toBe('gateway-address');
    cache.put('prod', { ...gateway, status: { conditions: [programmed] } });
    expect(summaries.forCluster('prod')(modelOf(cache))).toMatchObject({
      verdict: 'unreachable',
      step: 'gateway-address',
    });
  });

  it('evaluates again when the model itself changes (the cache stores a new object)', () => {
    const { cache, summaries } = setup();
    const before = summaries.forCluster('prod')(modelOf(cache));
    cache.put('prod', {
      ...granite,
      metadata: {
        ...granite.metadata,
        annotations: {
          ...granite.metadata.annotations,
          'serving.kserve.io/stop': 'true',
        },
      },
    });
    const after = summaries.forCluster('prod')(modelOf(cache));
    expect(after).not.toBe(before);
    expect(after.verdict).toBe('unreachable');
  });
});
