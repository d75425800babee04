import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { llmdTenantResourceRef } from './llmdTenantResourceRef';

/**
 * Parameters of `isTenantMemberRule`.
 *
 * @public
 */
export type IsTenantMemberParams = { claims: string[] };

/**
 * `IS_TENANT_MEMBER`: the tenant is owned by one of `claims` (typically the user's `ownershipEntityRefs`, which hold
 * the groups the user is a member of). Refs compare case-insensitively, as the catalog compares them.
 */
export const isTenantMemberRule = createPermissionRule<
  typeof llmdTenantResourceRef,
  IsTenantMemberParams
>({
  name: 'IS_TENANT_MEMBER',
  description:
    "Allow only members of the tenant's owning group (llmd.catalog.owners, else llmd.catalog.defaultOwner)",
  resourceRef: llmdTenantResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'Entity refs that may act for the tenant, e.g. the user and its groups (ownershipEntityRefs)',
      ),
  }),
  apply: (resource, { claims }) => {
    const owner = resource.owner.toLocaleLowerCase('en-US');
    return claims.some(claim => claim.toLocaleLowerCase('en-US') === owner);
  },
  toQuery: ({ claims }) => ({ ownerIn: claims }),
});
