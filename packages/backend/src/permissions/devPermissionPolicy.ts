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
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';

/**
 * The dev portal's permission policy.
 *
 * - Any signed-in user (the guest included) may read the catalog, run
 *   templates and use every other feature, so the embedded portal works with
 *   no setup.
 * - Deleting a catalog entity is limited to its owners, so the policy shows
 *   the conditional-decision shape a production policy builds on.
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
    if (
      user &&
      isPermission(request.permission, catalogEntityDeletePermission)
    ) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({
          claims: user.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
