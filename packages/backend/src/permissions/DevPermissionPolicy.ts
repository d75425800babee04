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
  llmdModelProbePermission,
  llmdModelTokenCreatePermission,
  llmdTenantProposePermission,
} from '@llmd/plugin-llmd-common';
import {
  createLlmdTenantConditionalDecision,
  llmdTenantConditions,
} from '@llmd/plugin-scaffolder-backend-module-llmd';
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
 *   register locations could create under the same name. Probing a model's
 *   endpoint (llmd.model.probe: it mints a token for the model) is limited
 *   the same way. Both are the conditional-decision shape a production
 *   policy builds on.
 * - Proposing a GitOps change to a tenant (llmd.tenant.propose, checked by
 *   llmd:gitops:validate with llmd.gitops.validation.requireTenantMembership)
 *   is limited to members of the tenant's owning group (IS_TENANT_MEMBER) and
 *   to platform admins (members of a group of llmd.platformAdmins).
 * - Requests without a user (service-to-service) are allowed: the backend's
 *   own plugins authorize each other by service credentials.
 *
 * Production deployments replace this module with their own policy; see
 * docs/permissions.md.
 */
export class DevPermissionPolicy implements PermissionPolicy {
  /** @param platformAdmins - `llmd.platformAdmins`: groups whose members may propose changes to every tenant */
  constructor(private readonly platformAdmins: readonly string[] = []) {}

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
      (isPermission(request.permission, llmdModelTokenCreatePermission) ||
        isPermission(request.permission, llmdModelProbePermission))
    ) {
      return createLlmdModelConditionalDecision(
        request.permission,
        llmdModelConditions.isModelOwner({ claims }),
      );
    }
    if (user && isPermission(request.permission, llmdTenantProposePermission)) {
      const admins = this.platformAdmins.map(a => a.toLocaleLowerCase('en-US'));
      if (claims.some(c => admins.includes(c.toLocaleLowerCase('en-US')))) {
        return { result: AuthorizeResult.ALLOW };
      }
      return createLlmdTenantConditionalDecision(
        request.permission,
        llmdTenantConditions.isTenantMember({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
