import type { KubeObject } from '@llmd/plugin-llmd-node';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import { modelOnClusters } from './modelOnClusters';

function model(namespace: string, name: string): KubeObject {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: { namespace, name },
  };
}

describe('modelOnClusters', () => {
  const setup = () => {
    const cache = llmdClusterCacheMock({
      clusters: ['east', 'west', 'north'],
      objects: [
        { cluster: 'north', object: model('team', 'chat') },
        { cluster: 'east', object: model('team', 'chat') },
        { cluster: 'west', object: model('team', 'solo') },
      ],
    });
    return cache;
  };

  it('finds the model on every cluster that has it, in configuration order', () => {
    const cache = setup();
    expect(
      modelOnClusters(cache, 'team', 'chat').map(m => m.health.name),
    ).toEqual(['east', 'north']);
    expect(
      modelOnClusters(cache, 'team', 'chat', 'north').map(m => m.health.name),
    ).toEqual(['north']);
    expect(modelOnClusters(cache, 'team', 'chat', 'west')).toEqual([]);
    expect(modelOnClusters(cache, 'team', 'missing')).toEqual([]);
  });

  it('reads the health of the clusters that run the model only, and current', () => {
    const cache = setup();
    modelOnClusters(cache, 'team', 'chat');
    const listClusters = jest.spyOn(cache, 'listClusters');
    const getCluster = jest.spyOn(cache, 'getCluster');

    const [found] = modelOnClusters(cache, 'team', 'solo');
    expect(found.object.metadata.name).toBe('solo');
    expect(listClusters).not.toHaveBeenCalled();
    expect(getCluster.mock.calls).toEqual([['west']]);

    cache.setHealthy('west', false);
    expect(modelOnClusters(cache, 'team', 'solo')[0].health.stale).toBe(true);
  });

  it('asks again for the clusters of a cache that listed none yet', () => {
    const cache = setup();
    const listClusters = jest
      .spyOn(cache, 'listClusters')
      .mockReturnValueOnce([]);
    expect(modelOnClusters(cache, 'team', 'solo')).toEqual([]);
    expect(modelOnClusters(cache, 'team', 'solo')).toHaveLength(1);
    expect(listClusters).toHaveBeenCalledTimes(2);
  });
});
