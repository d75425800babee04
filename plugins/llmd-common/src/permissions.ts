import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The catalog's resource type (`RESOURCE_TYPE_CATALOG_ENTITY` of `@backstage/plugin-catalog-common`), written out
 * because this package runs in the browser and does not depend on the catalog packages. Tying the token permission to
 * catalog entities lets policies use the catalog's conditions (IS_ENTITY_OWNER, HAS_LABEL, ...).
 */
const CATALOG_ENTITY_RESOURCE_TYPE = 'catalog-entity';

/**
 * Minting an access token for a model service. A resource permission on the model's catalog entity
 * (`component:<namespace>/<name>`), so a policy can allow it for the entity's owners only.
 */
export const llmdModelTokenCreatePermission = createPermission({
  name: 'llmd.model.token.create',
  attributes: { action: 'create' },
  resourceType: CATALOG_ENTITY_RESOURCE_TYPE,
});

/** Reading cluster health and model services (`GET /api/llmd/clusters`, `/models`, `/models/:namespace/:name`). */
export const llmdModelReadPermission = createPermission({
  name: 'llmd.model.read',
  attributes: { action: 'read' },
});

/** Every permission of the llm-d portal, for registration with the permission system. */
export const llmdPermissions = [
  llmdModelReadPermission,
  llmdModelTokenCreatePermission,
];
