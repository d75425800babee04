import { modelResourceRef, parseModelResourceRef } from './modelResourceRef';

describe('modelResourceRef', () => {
  it('names a model on one cluster and parses back', () => {
    const resource = {
      cluster: 'east',
      namespace: 'team-a',
      name: 'granite-8b',
    };
    expect(modelResourceRef(resource)).toBe('east:team-a/granite-8b');
    expect(parseModelResourceRef('east:team-a/granite-8b')).toEqual(resource);
    expect(parseModelResourceRef('prod.eu_1:team-a/llama.3')).toEqual({
      cluster: 'prod.eu_1',
      namespace: 'team-a',
      name: 'llama.3',
    });
  });

  it.each([
    'component:team-a/granite-8b/extra',
    'team-a/granite-8b',
    'demo:team-a',
    ':team-a/granite-8b',
    'demo:Team-A/granite-8b',
    'demo:team-a/',
    'de\nmo:team-a/granite-8b',
    'demo:team-a/granite 8b',
  ])('refuses %j', ref => {
    expect(parseModelResourceRef(ref)).toBeUndefined();
  });
});
