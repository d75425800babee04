/*
 * The EPP routing profile: a model's EndpointPickerConfig drawn as Filter → Score → Pick pipelines.
 */

export { RoutingProfile } from './RoutingProfile';
export type { RoutingProfileProps } from './RoutingProfile';
export { RoutingProfileCard } from './RoutingProfileCard';
