/**
 * Catalog module of the llm-d portal: every model service on every configured cluster as catalog entities, kept
 * current by the llm-d cluster cache's watch events.
 *
 * @packageDocumentation
 */

export { catalogModuleLlmd as default } from './module';
export { FULL_RESYNC_TASK_ID } from './module';
export {
  LlmdModelServiceProvider,
  LOCATION_KEY,
  PROVIDER_NAME,
  type FullResyncResult,
  type LlmdModelServiceProviderOptions,
} from './LlmdModelServiceProvider';
export {
  type CatalogModuleConfig,
  DEFAULT_FULL_RESYNC_SCHEDULE,
  DEFAULT_OWNER,
  readCatalogModuleConfig,
} from './readCatalogModuleConfig';
