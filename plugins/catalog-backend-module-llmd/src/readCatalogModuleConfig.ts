import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { CatalogEntityOptions } from '@llmd/plugin-llmd-common';
import {
  DEFAULT_CATALOG_OWNER,
  readCatalogOwnerOptions,
} from '@llmd/plugin-llmd-node';

/**
 * Owner of entities nothing else assigns an owner to, unless `llmd.catalog.defaultOwner` says otherwise.
 *
 * @public
 */
export const DEFAULT_OWNER = DEFAULT_CATALOG_OWNER;

/**
 * The full resync's schedule unless `llmd.catalog.schedule` says otherwise.
 *
 * @public
 */
export const DEFAULT_FULL_RESYNC_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 30 },
    timeout: { minutes: 3 },
  };

/**
 * The module's settings from `llmd.catalog`.
 *
 * @public
 */
export interface CatalogModuleConfig {
  readonly enabled: boolean;
  readonly entities: CatalogEntityOptions;
  readonly schedule: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Reads `llmd.catalog`.
 *
 * @throws Error naming the key of an invalid value
 *
 * @public
 */
export function readCatalogModuleConfig(config: Config): CatalogModuleConfig {
  const gitopsSourceBaseUrl = config.getOptionalString(
    'llmd.catalog.gitopsSourceBaseUrl',
  );
  const lifecycle = config.getOptionalString('llmd.catalog.lifecycle');
  return {
    enabled: config.getOptionalBoolean('llmd.catalog.enabled') ?? true,
    entities: {
      // the backend authorises token minting with the same reader: the owner shown is the owner who may mint
      ...readCatalogOwnerOptions(config),
      ...(lifecycle && { lifecycle }),
      ...(gitopsSourceBaseUrl && { gitopsSourceBaseUrl }),
    },
    schedule: config.has('llmd.catalog.schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('llmd.catalog.schedule'),
        )
      : DEFAULT_FULL_RESYNC_SCHEDULE,
  };
}
