import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import { llmdModelTokenCreatePermission } from '@llmd/plugin-llmd-common';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';

/** Resource permissions on catalog entities that only the entity's owners get. */
const OWNER_ONLY = [
  catalogEntityDeletePermission,
  llmdModelTokenCreatePermission,
];

/**
 * The dev portal's permission policy.
 *
 * - Any signed-in user (the guest included) may read the catalog, run
 *   templates and use every other feature, so the embedded portal works with
 *   no setup.
 * - Deleting a catalog entity and minting a model's access token are limited
 *   to the entity's owners (the model service Components come from the
 *   catalog module), the conditional-decision shape a production policy
 *   builds on.
 * - Requests without a user (service-to-service) are allowed: the backend's
 *   own plugins authorize each other by service credentials.
 *
 * Production deployments replace this module with their own policy; see
 * docs/permissions.md.
 */
export class DevPermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const ownerOnly = OWNER_ONLY.find(p => isPermission(request.permission, p));
    if (user && ownerOnly) {
      return createCatalogConditionalDecision(
        ownerOnly,
        catalogConditions.isEntityOwner({
          claims: user.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
