import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import {
  LLMD_MODEL_RESOURCE_TYPE,
  type ModelResource,
} from '@llmd/plugin-llmd-common';

/**
 * A model service on one cluster as permission rules see it: where it is and the owner the portal derives for that
 * object (annotation → label → `llmd.catalog.owners` → default owner, the catalog module's derivation).
 *
 * @public
 */
export interface LlmdModelPermissionResource extends ModelResource {
  /** Full entity ref of the owner, e.g. `group:default/team-a`. */
  readonly owner: string;
}

/**
 * Criteria a rule translates to; nothing queries model services by permission, so only for completeness.
 *
 * @public
 */
export interface LlmdModelPermissionQuery {
  readonly ownerIn: readonly string[];
}

/**
 * The `llmd-model` permission resource type, owned by the llm-d backend plugin.
 *
 * @public
 */
export const llmdModelResourceRef = createPermissionResourceRef<
  LlmdModelPermissionResource,
  LlmdModelPermissionQuery
>().with({ pluginId: 'llmd', resourceType: LLMD_MODEL_RESOURCE_TYPE });
