import type { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import {
  type CatalogOwnerOptions,
  llmdTenantProposePermission,
  tenantOwner,
} from '@llmd/plugin-llmd-common';
import { llmdTenantPermissionRules } from './llmdTenantConditions';
import { llmdTenantResourceRef } from './llmdTenantResourceRef';

/**
 * Registers the `llmd-tenant` resource type: tenant proposals are decided on the tenant's owner, so conditional
 * decisions of permission policies (`IS_TENANT_MEMBER`) come back here and are applied to the namespace's owner.
 */
export function registerTenantResourceType(
  permissionsRegistry: PermissionsRegistryService,
  owners: CatalogOwnerOptions,
): void {
  permissionsRegistry.addResourceType({
    resourceRef: llmdTenantResourceRef,
    permissions: [llmdTenantProposePermission],
    rules: llmdTenantPermissionRules,
    getResources: async refs =>
      refs.map(namespace => ({
        namespace,
        owner: tenantOwner(namespace, owners),
      })),
  });
}
