import type {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  type CatalogOwnerOptions,
  type GitopsFile,
  tenantsOfChange,
} from '@llmd/plugin-llmd-common';
import { authorizeTenantProposal } from './authorizeTenantProposal';

/** The permission service and tenant owners membership is checked with. */
export interface TenantMembershipCheck {
  readonly permissions: PermissionsService;
  readonly owners: CatalogOwnerOptions;
}

/**
 * Requires the user who started the task to belong to every tenant the change writes into (or be a platform admin),
 * as the permission policy decides: the template's inputs name the tenant and owner freely.
 *
 * @throws Error when membership is required but the action was built without a permission service
 * @throws NotAllowedError when any tenant is denied
 */
export async function requireTenantMembership(
  files: readonly GitopsFile[],
  membership: TenantMembershipCheck | undefined,
  task: {
    getInitiatorCredentials(): Promise<BackstageCredentials>;
    logger: LoggerService;
  },
): Promise<void> {
  if (!membership) {
    throw new Error(
      'llmd.gitops.validation.requireTenantMembership is on but the action has no permission service',
    );
  }
  const tenants = tenantsOfChange(files);
  await authorizeTenantProposal({
    ...membership,
    credentials: await task.getInitiatorCredentials(),
    tenants,
  });
  task.logger.info(
    `Tenant membership: allowed to propose to ${
      tenants.join(', ') || 'no tenant'
    }`,
  );
}
