import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  LLMD_MODEL_RESOURCE_TYPE,
  llmdModelReadPermission,
  llmdModelTokenCreatePermission,
  llmdPermissions,
} from './permissions';

describe('llm-d permissions', () => {
  it('makes token minting a create permission on llm-d models, not on catalog entities', () => {
    expect(llmdModelTokenCreatePermission).toEqual({
      type: 'resource',
      name: 'llmd.model.token.create',
      attributes: { action: 'create' },
      resourceType: 'llmd-model',
    });
    expect(
      isResourcePermission(
        llmdModelTokenCreatePermission,
        LLMD_MODEL_RESOURCE_TYPE,
      ),
    ).toBe(true);
    expect(
      isResourcePermission(llmdModelTokenCreatePermission, 'catalog-entity'),
    ).toBe(false);
  });

  it('keeps reading a basic permission', () => {
    expect(llmdModelReadPermission.type).toBe('basic');
    expect(llmdPermissions.map(p => p.name)).toEqual([
      'llmd.model.read',
      'llmd.model.token.create',
      'llmd.model.probe',
    ]);
  });
});
