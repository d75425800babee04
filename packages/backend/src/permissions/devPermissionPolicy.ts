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
  createLlmdModelConditionalDecision,
  llmdModelConditions,
} from '@llmd/plugin-llmd-backend';
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
 * - Deleting a catalog entity is limited to the entity's owners.
 * - Minting a model's access token is limited to the owners of the model
 *   service on the requested cluster, as the llm-d backend derives them from
 *   the live object (annotation, label, llmd.catalog.owners, default owner;
 *   IS_MODEL_OWNER) — never from a catalog entity, which any user allowed to
 *   register locations could create under the same name. Both are the
 *   conditional-decision shape a production policy builds on.
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
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (
      user &&
      isPermission(request.permission, catalogEntityDeletePermission)
    ) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (
      user &&
      isPermission(request.permission, llmdModelTokenCreatePermission)
    ) {
      return createLlmdModelConditionalDecision(
        request.permission,
        llmdModelConditions.isModelOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
