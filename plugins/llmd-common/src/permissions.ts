import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of one model service on one cluster, named by `modelResourceRef`
 * (`<cluster>:<namespace>/<name>`). The llm-d backend owns it and evaluates its rules (`IS_MODEL_OWNER`) against the
 * live object of that cluster. Not the catalog entity: anyone allowed to register a catalog location can create a
 * Component of the same name, and one entity is shared by every cluster while owners may differ per cluster.
 *
 * @public
 */
export const LLMD_MODEL_RESOURCE_TYPE = 'llmd-model';

/**
 * Minting an access token for a model service on one cluster. A resource permission on {@link LLMD_MODEL_RESOURCE_TYPE},
 * so a policy can allow it for the owners the portal derives for that object only (`IS_MODEL_OWNER`).
 *
 * @public
 */
export const llmdModelTokenCreatePermission = createPermission({
  name: 'llmd.model.token.create',
  attributes: { action: 'create' },
  resourceType: LLMD_MODEL_RESOURCE_TYPE,
});

/**
 * Reading cluster health and model services (`GET /api/llmd/clusters`, `/models`, `/models/:namespace/:name`).
 *
 * @public
 */
export const llmdModelReadPermission = createPermission({
  name: 'llmd.model.read',
  attributes: { action: 'read' },
});

/**
 * Probing a model service's endpoint from the backend (`POST /api/llmd/models/:namespace/:name/probe`: requests
 * without and with a freshly minted token). A resource permission on {@link LLMD_MODEL_RESOURCE_TYPE}; audited.
 *
 * @public
 */
export const llmdModelProbePermission = createPermission({
  name: 'llmd.model.probe',
  attributes: { action: 'update' },
  resourceType: LLMD_MODEL_RESOURCE_TYPE,
});

/**
 * The permission resource type of a tenant: its Kubernetes namespace, named by the namespace itself. The scaffolder
 * module owns it and evaluates its rule (`IS_TENANT_MEMBER`) against the tenant's owner (`llmd.catalog.owners`, else
 * `llmd.catalog.defaultOwner`: the owner of the tenant's System).
 *
 * @public
 */
export const LLMD_TENANT_RESOURCE_TYPE = 'llmd-tenant';

/**
 * Proposing a GitOps change to a tenant (a template's `llmd:gitops:validate` step, with
 * `llmd.gitops.validation.requireTenantMembership`). A resource permission on {@link LLMD_TENANT_RESOURCE_TYPE}, so a
 * policy can allow it for the tenant's members only (`IS_TENANT_MEMBER`) and for platform admins. Registered by the
 * scaffolder module, which owns the resource type.
 *
 * @public
 */
export const llmdTenantProposePermission = createPermission({
  name: 'llmd.tenant.propose',
  attributes: { action: 'update' },
  resourceType: LLMD_TENANT_RESOURCE_TYPE,
});

/**
 * Every permission of the llm-d portal, for registration with the permission system.
 *
 * @public
 */
export const llmdPermissions = [
  llmdModelReadPermission,
  llmdModelTokenCreatePermission,
  llmdModelProbePermission,
];
