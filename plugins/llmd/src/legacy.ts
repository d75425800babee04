/**
 * The llm-d portal frontend plugin for apps on the legacy frontend system: the "Model serving" entity tab and cards
 * and the fleet page. RHDH 1.x loads these components by name (scalprum module `PluginRoot`). Apps on the new
 * frontend system use the default export of `@llmd/plugin-llmd`.
 *
 * @packageDocumentation
 */

export {
  llmdPlugin,
  LlmdFleetPage,
  EntityLlmdModelServingContent,
  EntityLlmdModelServingCard,
  EntityLlmdRoutingProfileCard,
} from './plugin';
export { llmdApiRef, LlmdClient } from './api';
export type { LlmdApi, LlmdClientOptions, ModelRef } from './api';
export { isLlmdModelService } from './entity/modelRefOfEntity';
export { fleetRouteRef } from './routes';
