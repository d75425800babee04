/*
 * Catalog entities of the llm-d fleet (model services, their APIs, tenants' Systems, inference Gateways) built from
 * what the cluster caches hold, and the naming and ownership rules behind them.
 */

export type {
  CatalogEntity,
  CatalogEntityLink,
  CatalogJsonObject,
  CatalogJsonValue,
} from './catalogEntity';
export {
  catalogEntityRefOf,
  CLUSTERS_ANNOTATION,
  INFERENCE_GATEWAY_RESOURCE_TYPE,
  KUBE_NAME_ANNOTATION,
  KUBE_NAMESPACE_ANNOTATION,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  MANAGED_BY_LOCATION_ANNOTATION,
  MANAGED_BY_ORIGIN_LOCATION_ANNOTATION,
  MODEL_SERVICE_COMPONENT_TYPE,
  SERVED_MODEL_NAME_ANNOTATION,
  SOURCE_LOCATION_ANNOTATION,
} from './catalogEntity';
export {
  catalogEntityName,
  isValidCatalogEntityName,
  MAX_CATALOG_ENTITY_NAME_LENGTH,
} from './catalogEntityName';
export { catalogOwnerOf, fullOwnerRef, tenantOwner } from './catalogOwner';
export type { CatalogOwnerOptions } from './catalogOwner';
export {
  LLMD_CATALOG_LOCATION,
  locationAnnotations,
  modelSourceLocation,
} from './catalogEntityOptions';
export type { CatalogEntityOptions } from './catalogEntityOptions';
export {
  detectRoutingPreset,
  detectRoutingPresetOfConfig,
} from './detectRoutingPreset';
export { escapeMarkdown } from './escapeMarkdown';
export { modelEntityRef } from './modelEntityRef';
export { modelGatewayRefs } from './modelGatewayRefs';
export { observeModelService } from './observeModelService';
export type {
  ModelServiceObservation,
  ObserveModelServiceInput,
} from './observeModelService';
export {
  modelOpenApiDefinition,
  modelOpenApiDocument,
} from './modelOpenApiDocument';
export type { ModelOpenApiInput, OpenApiServer } from './modelOpenApiDocument';
export {
  modelApiRef,
  modelServiceEntities,
  modelServiceTags,
} from './modelServiceEntities';
export {
  gatewayResourceEntity,
  gatewayResourceRef,
} from './gatewayResourceEntity';
export type { GatewayObservation } from './gatewayResourceEntity';
export { tenantSystemEntity, tenantSystemRef } from './tenantSystemEntity';
export { llmdCatalogEntities } from './llmdCatalogEntities';
export type { LlmdCatalogSnapshot } from './llmdCatalogEntities';
