/**
 * The llm-d portal backend plugin: `/api/llmd` for cluster health, model services (endpoints, readiness, EPP
 * routing profile) and short-lived access tokens.
 *
 * @packageDocumentation
 */

export { llmdBackendFeature as default } from './llmdBackendFeature';
export { dynamicPluginInstaller } from './dynamicPluginInstaller';
export {
  createLlmdModelConditionalDecision,
  llmdModelConditions,
} from './permissions/llmdModelConditions';
export type {
  LlmdModelPermissionQuery,
  LlmdModelPermissionResource,
} from './permissions/llmdModelResourceRef';
export { llmdModelResourceRef } from './permissions/llmdModelResourceRef';
export type { IsModelOwnerParams } from './permissions/isModelOwnerRule';
