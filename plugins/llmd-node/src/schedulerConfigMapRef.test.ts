import { schedulerConfigMapRef } from './schedulerConfigMapRef';

describe('schedulerConfigMapRef', () => {
  it('reads spec.router.scheduler.config.ref in the object namespace', () => {
    expect(
      schedulerConfigMapRef({
        apiVersion: 'serving.kserve.io/v1alpha2',
        kind: 'LLMInferenceService',
        metadata: { namespace: 'team-a', name: 'm' },
        spec: {
          router: {
            scheduler: { config: { ref: { name: 'epp', key: 'config.yaml' } } },
          },
        },
      }),
    ).toEqual({ namespace: 'team-a', name: 'epp', key: 'config.yaml' });
  });

  it('is undefined for inline configs, empty names and v1alpha1 objects', () => {
    const base = {
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'LLMInferenceService',
      metadata: { namespace: 'team-a', name: 'm' },
    };
    expect(schedulerConfigMapRef(base)).toBeUndefined();
    expect(
      schedulerConfigMapRef({
        ...base,
        spec: { router: { scheduler: { config: { inline: {} } } } },
      }),
    ).toBeUndefined();
    expect(
      schedulerConfigMapRef({
        ...base,
        spec: {
          router: { scheduler: { config: { ref: { name: '', key: 'k' } } } },
        },
      }),
    ).toBeUndefined();
  });
});
