import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  llmdModelReadPermission,
  llmdModelTokenCreatePermission,
  llmdPermissions,
} from './permissions';

describe('llm-d permissions', () => {
  it('makes token minting a create permission on catalog entities', () => {
    expect(llmdModelTokenCreatePermission).toEqual({
      type: 'resource',
      name: 'llmd.model.token.create',
      attributes: { action: 'create' },
      resourceType: 'catalog-entity',
    });
    expect(
      isResourcePermission(llmdModelTokenCreatePermission, 'catalog-entity'),
    ).toBe(true);
  });

  it('keeps reading a basic permission', () => {
    expect(llmdModelReadPermission.type).toBe('basic');
    expect(llmdPermissions.map(p => p.name)).toEqual([
      'llmd.model.read',
      'llmd.model.token.create',
    ]);
  });
});
