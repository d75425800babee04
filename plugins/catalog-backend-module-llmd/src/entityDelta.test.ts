import type { CatalogEntity } from '@llmd/plugin-llmd-common';
import { emittedState, entityDelta } from './entityDelta';

const component = (name: string, title = name): CatalogEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'team-a', title, annotations: {} },
  spec: { type: 'model-service' },
});

describe('entityDelta', () => {
  it('sends new and changed entities and removes the ones no longer wanted', () => {
    const emitted = emittedState([
      component('a'),
      component('b'),
      component('c'),
    ]);
    const delta = entityDelta(emitted, [
      component('a'),
      component('b', 'B'),
      component('d'),
    ]);
    expect(delta.added.map(e => e.metadata.name)).toEqual(['b', 'd']);
    expect(delta.removed).toEqual(['component:team-a/c']);
    expect([...delta.next.keys()]).toEqual([
      'component:team-a/a',
      'component:team-a/b',
      'component:team-a/d',
    ]);
  });

  it('is empty when nothing changed', () => {
    const entities = [component('a')];
    const delta = entityDelta(emittedState(entities), [component('a')]);
    expect(delta.added).toEqual([]);
    expect(delta.removed).toEqual([]);
  });
});
