import type { KubeObject, LlmdClusterCache } from './types';
import { eppConfigLookupFor } from './eppConfigLookupFor';

const object = (kind: string, namespace: string, name: string): KubeObject =>
  ({ apiVersion: 'v1', kind, metadata: { namespace, name } } as KubeObject);

describe('eppConfigLookupFor', () => {
  const stored = [
    { cluster: 'a', object: object('LLMInferenceServiceConfig', 'ns', 'base') },
    { cluster: 'a', object: object('ConfigMap', 'ns', 'epp') },
    { cluster: 'b', object: object('ConfigMap', 'ns', 'other') },
  ];
  const cache: Pick<LlmdClusterCache, 'get'> = {
    get: (cluster, kind, namespace, name) => {
      const found = stored.find(
        s =>
          s.cluster === cluster &&
          s.object.kind === kind &&
          s.object.metadata.namespace === namespace &&
          s.object.metadata.name === name,
      );
      return found && { cluster, kind, object: found.object };
    },
  };

  it('reads configs and ConfigMaps of its own cluster only', () => {
    const lookup = eppConfigLookupFor(cache, 'a');
    expect(lookup.llmInferenceServiceConfig('ns', 'base')).toBe(
      stored[0].object,
    );
    expect(lookup.configMap('ns', 'epp')).toBe(stored[1].object);
    expect(lookup.configMap('ns', 'other')).toBeUndefined();
    expect(lookup.llmInferenceServiceConfig('ns', 'epp')).toBeUndefined();
  });
});
