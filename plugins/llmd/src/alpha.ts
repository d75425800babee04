/**
 * Former entry point of the new frontend system plugin, kept so existing imports keep working.
 *
 * @deprecated Import the default export of `@llmd/plugin-llmd` instead.
 * @packageDocumentation
 */
export {
  default,
  llmdApi,
  llmdFleetPage,
  llmdModelServingCard,
  llmdModelServingContent,
  llmdRoutingProfileCard,
} from './index';
