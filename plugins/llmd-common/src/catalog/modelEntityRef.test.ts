import { modelEntityRef } from './modelEntityRef';

describe('modelEntityRef', () => {
  it('uses the Kubernetes namespace as the entity namespace', () => {
    expect(modelEntityRef('team-a', 'granite-8b')).toBe(
      'component:team-a/granite-8b',
    );
  });
});
