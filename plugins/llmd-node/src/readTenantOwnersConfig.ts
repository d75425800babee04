import type { Config } from '@backstage/config';

/**
 * Reads `llmd.catalog.owners` (tenant namespace → owner entity ref), the owners of tenants whose objects carry no
 * `backstage.io/owner`: the catalog module assigns entities with it, the scaffolder and the backend use it for the
 * governance rule `owner-required`. Read whole, because namespaces starting with a digit are not valid config keys
 * for `getString`. Empty when absent.
 *
 * @throws Error naming the key of an invalid value
 *
 * @public
 */
export function readTenantOwnersConfig(config: Config): Record<string, string> {
  const raw = config.getOptional('llmd.catalog.owners');
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(
      'Invalid config at llmd.catalog.owners: expected a map of namespace to owner entity ref',
    );
  }
  const owners: Record<string, string> = {};
  for (const [namespace, owner] of Object.entries(raw)) {
    if (typeof owner !== 'string' || !owner.trim()) {
      throw new Error(
        `Invalid config at llmd.catalog.owners.${namespace}: expected an owner entity ref`,
      );
    }
    owners[namespace] = owner;
  }
  return owners;
}
