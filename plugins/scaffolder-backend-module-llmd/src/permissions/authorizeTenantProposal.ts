import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  type CatalogOwnerOptions,
  llmdTenantProposePermission,
  tenantOwner,
} from '@llmd/plugin-llmd-common';

/** Who the credentials stand for, as the refusal names them. */
function principalOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}

/**
 * Asks the permission framework whether `credentials` (the user who started the task) may propose a change to each
 * of `tenants` (`llmd.tenant.propose` on the tenant's namespace); the policy decides, typically by tenant membership
 * or platform admin. Refuses with every tenant denied, naming its owning group, so the user knows whom to ask.
 *
 * @throws NotAllowedError when any tenant is denied
 */
export async function authorizeTenantProposal(options: {
  permissions: PermissionsService;
  credentials: BackstageCredentials;
  tenants: readonly string[];
  owners: CatalogOwnerOptions;
}): Promise<void> {
  const { permissions, credentials, tenants, owners } = options;
  if (tenants.length === 0) return;
  const decisions = await permissions.authorize(
    tenants.map(tenant => ({
      permission: llmdTenantProposePermission,
      resourceRef: tenant,
    })),
    { credentials },
  );
  const denied = tenants.filter(
    (_, i) => decisions[i].result !== AuthorizeResult.ALLOW,
  );
  if (denied.length === 0) return;
  const who = principalOf(credentials);
  throw new NotAllowedError(
    denied
      .map(tenant => {
        const owner = tenantOwner(tenant, owners);
        return `You (${who}) are not a member of ${owner}, which owns tenant ${tenant}; ask a member of ${owner} or a platform admin (llmd.platformAdmins) to propose this change, or to add you to ${owner}.`;
      })
      .join('\n'),
  );
}
