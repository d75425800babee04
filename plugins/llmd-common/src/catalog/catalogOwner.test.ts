import type { KubeObjectLike } from '../kube/kubeObject';
import { catalogOwnerOf, fullOwnerRef, tenantOwner } from './catalogOwner';

const object = (
  namespace: string,
  annotations?: Record<string, string>,
  labels?: Record<string, string>,
): KubeObjectLike => ({
  metadata: { name: 'm', namespace, annotations, labels },
});

const options = {
  owners: { 'team-a': 'group:default/team-a', 'team-b': 'team-b-admins' },
  defaultOwner: 'group:default/platform-team',
};

describe('catalog owner', () => {
  it.each([
    ['group:default/team-a', 'group:default/team-a'],
    ['team-a', 'group:default/team-a'],
    ['user:jane', 'user:default/jane'],
    ['User:org/jane', 'user:org/jane'],
    ['org/team-a', 'group:org/team-a'],
    ['  team-a ', 'group:default/team-a'],
    ['', undefined],
    ['group:default/', undefined],
    [undefined, undefined],
  ])('fullOwnerRef(%p) is %p', (value, expected) => {
    expect(fullOwnerRef(value)).toBe(expected);
  });

  it('prefers the annotation, then the label, then the tenant mapping, then the default', () => {
    const both = object(
      'team-a',
      { 'backstage.io/owner': 'group:default/ml-platform' },
      { 'backstage.io/owner': 'labelled-team' },
    );
    expect(catalogOwnerOf(both, options)).toBe('group:default/ml-platform');
    const labelled = object(
      'team-a',
      {},
      { 'backstage.io/owner': 'labelled-team' },
    );
    expect(catalogOwnerOf(labelled, options)).toBe(
      'group:default/labelled-team',
    );
    const blank = object('team-a', { 'backstage.io/owner': ' ' });
    expect(catalogOwnerOf(blank, options)).toBe('group:default/team-a');
    expect(catalogOwnerOf(object('team-b'), options)).toBe(
      'group:default/team-b-admins',
    );
    expect(catalogOwnerOf(object('other'), options)).toBe(
      'group:default/platform-team',
    );
  });

  it('gives tenants their configured owner, else the default', () => {
    expect(tenantOwner('team-a', options)).toBe('group:default/team-a');
    expect(tenantOwner('nobody', { defaultOwner: 'platform' })).toBe(
      'group:default/platform',
    );
  });
});
