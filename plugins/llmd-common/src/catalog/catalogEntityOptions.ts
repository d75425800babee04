import { modelServiceDir } from '../render/model/renderModelService';
import {
  MANAGED_BY_LOCATION_ANNOTATION,
  MANAGED_BY_ORIGIN_LOCATION_ANNOTATION,
  SOURCE_LOCATION_ANNOTATION,
} from './catalogEntity';
import type { CatalogOwnerOptions } from './catalogOwner';

/** The location every entity of the module names (`backstage.io/managed-by-location`). */
const LLMD_CATALOG_LOCATION = 'llmd:model-services';

/**
 * How the llm-d entities are built (from `llmd.catalog` config).
 *
 * @public
 */
export interface CatalogEntityOptions extends CatalogOwnerOptions {
  /** `spec.lifecycle` of Components and APIs. Default `production`. */
  readonly lifecycle?: string;
  /**
   * Browsable URL of the GitOps repository's root on its main branch, e.g.
   * `https://github.com/example-org/llmd-gitops/tree/main`. Gives model services a `backstage.io/source-location`.
   */
  readonly gitopsSourceBaseUrl?: string;
}

/** The location annotations of every entity. */
export function locationAnnotations(): Record<string, string> {
  return {
    [MANAGED_BY_LOCATION_ANNOTATION]: LLMD_CATALOG_LOCATION,
    [MANAGED_BY_ORIGIN_LOCATION_ANNOTATION]: LLMD_CATALOG_LOCATION,
  };
}

/** `backstage.io/source-location` of a model service (its GitOps directory), when the repository is configured. */
export function modelSourceLocation(
  namespace: string,
  name: string,
  options: CatalogEntityOptions,
): Record<string, string> {
  const base = options.gitopsSourceBaseUrl?.trim().replace(/\/+$/, '');
  if (!base) return {};
  return {
    [SOURCE_LOCATION_ANNOTATION]: `url:${base}/${modelServiceDir(
      namespace,
      name,
    )}/`,
  };
}
