import type { Config } from '@backstage/config';
import type { CatalogOwnerOptions } from '@llmd/plugin-llmd-common';
import { readTenantOwnersConfig } from './readTenantOwnersConfig';

/**
 * Owner of entities nothing else assigns an owner to, unless `llmd.catalog.defaultOwner` says otherwise.
 *
 * @public
 */
export const DEFAULT_CATALOG_OWNER = 'group:default/platform-team';

/**
 * Reads what `catalogOwnerOf` needs to derive the owner of a cluster object: `llmd.catalog.owners` (tenant owners) and
 * `llmd.catalog.defaultOwner`. One reader for the catalog module (which writes the owner into entities) and the
 * backend (which authorises token minting against it), so the owner the catalog shows is the owner that may mint.
 *
 * @throws Error naming the key of an invalid value
 *
 * @public
 */
export function readCatalogOwnerOptions(config: Config): CatalogOwnerOptions {
  return {
    owners: readTenantOwnersConfig(config),
    defaultOwner:
      config.getOptionalString('llmd.catalog.defaultOwner') ??
      DEFAULT_CATALOG_OWNER,
  };
}
