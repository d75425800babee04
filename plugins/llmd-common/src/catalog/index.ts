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
  KUBE_NAME_ANNOTATION,
  KUBE_NAMESPACE_ANNOTATION,
} from './catalogEntity';
export { catalogOwnerOf, fullOwnerRef, tenantOwner } from './catalogOwner';
export type { CatalogOwnerOptions } from './catalogOwner';
export type { CatalogEntityOptions } from './catalogEntityOptions';
export { detectRoutingPreset } from './detectRoutingPreset';
export { modelEntityRef } from './modelEntityRef';
export { observeModelService } from './observeModelService';
export type {
  ModelServiceObservation,
  ObserveModelServiceInput,
} from './observeModelService';
export { modelOpenApiDefinition } from './modelOpenApiDocument';
export type { ModelOpenApiInput, OpenApiServer } from './modelOpenApiDocument';
export type { GatewayObservation } from './gatewayResourceEntity';
export { llmdCatalogEntities } from './llmdCatalogEntities';
export type { LlmdCatalogSnapshot } from './llmdCatalogEntities';
