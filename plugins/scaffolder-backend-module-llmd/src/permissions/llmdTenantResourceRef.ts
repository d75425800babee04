import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { LLMD_TENANT_RESOURCE_TYPE } from '@llmd/plugin-llmd-common';

/**
 * A tenant as permission rules see it: its namespace and the owner of its System.
 *
 * @public
 */
export interface LlmdTenantPermissionResource {
  readonly namespace: string;
  /** Full entity ref of the tenant's owner, e.g. `group:default/team-a`. */
  readonly owner: string;
}

/**
 * Criteria a rule translates to; nothing queries tenants by permission, so only for completeness.
 *
 * @public
 */
export interface LlmdTenantPermissionQuery {
  readonly ownerIn: readonly string[];
}

/** The `llmd-tenant` permission resource type, owned by the scaffolder (this module registers it). */
export const llmdTenantResourceRef = createPermissionResourceRef<
  LlmdTenantPermissionResource,
  LlmdTenantPermissionQuery
>().with({ pluginId: 'scaffolder', resourceType: LLMD_TENANT_RESOURCE_TYPE });
