import {
  type CatalogOwnerOptions,
  catalogOwnerOf,
  parseModelResourceRef,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import type { LlmdModelPermissionResource } from './llmdModelResourceRef';

/**
 * The `getResources` of the `llmd-model` resource type: each ref's LLMInferenceService from the cluster cache, with
 * the owner derived by `catalogOwnerOf` (the derivation the catalog module writes into entities) from THAT cluster's
 * object. Malformed refs and models absent from that cluster resolve to undefined, which the permission framework
 * turns into a denial.
 */
export function loadModelPermissionResources(
  cache: LlmdClusterCache,
  owners: CatalogOwnerOptions,
) {
  return async (
    resourceRefs: string[],
  ): Promise<Array<LlmdModelPermissionResource | undefined>> =>
    resourceRefs.map(ref => {
      const model = parseModelResourceRef(ref);
      if (!model) return undefined;
      const cached = cache.get(
        model.cluster,
        'LLMInferenceService',
        model.namespace,
        model.name,
      );
      if (!cached) return undefined;
      return { ...model, owner: catalogOwnerOf(cached.object, owners) };
    });
}
