/**
 * The llm-d portal frontend plugin (legacy frontend system): the "Model serving" entity tab and cards and the fleet
 * page. For the new frontend system import `@llmd/plugin-llmd/alpha`.
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
