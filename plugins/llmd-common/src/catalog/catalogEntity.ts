/*
 * The catalog entities the llm-d catalog module emits, as plain data. Structurally the same as `Entity` of
 * `@backstage/catalog-model`, which this package does not depend on (it stays free of backend and React deps).
 */

/**
 * A JSON value, as in `@backstage/types`.
 *
 * @public
 */
export type CatalogJsonValue =
  | string
  | number
  | boolean
  | null
  | CatalogJsonValue[]
  | CatalogJsonObject;

/**
 * A JSON object, as in `@backstage/types`.
 *
 * @public
 */
export interface CatalogJsonObject {
  [key: string]: CatalogJsonValue | undefined;
}

/**
 * A link shown on an entity page (`metadata.links[]`).
 *
 * @public
 */
export interface CatalogEntityLink {
  [key: string]: string | undefined;
  url: string;
  title?: string;
  type?: string;
}

/**
 * A catalog entity (`backstage.io/v1alpha1`) of one of the kinds the module emits.
 *
 * @public
 */
export interface CatalogEntity {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Component' | 'API' | 'Resource' | 'System';
  metadata: {
    [key: string]: CatalogJsonValue | undefined;
    name: string;
    namespace: string;
    title?: string;
    description?: string;
    annotations: Record<string, string>;
    tags?: string[];
    links?: CatalogEntityLink[];
  };
  spec: CatalogJsonObject;
}

/** `spec.type` of the Component of a model service. */
export const MODEL_SERVICE_COMPONENT_TYPE = 'model-service';

/** `spec.type` of the Resource of a Gateway that model services route through. */
export const INFERENCE_GATEWAY_RESOURCE_TYPE = 'inference-gateway';

/** Annotation listing the clusters (configuration order, comma separated) an object of the entity runs on. */
export const CLUSTERS_ANNOTATION = 'llm-d.ai/clusters';

/**
 * Annotation with the Kubernetes namespace of the object(s) behind the entity.
 *
 * @public
 */
export const KUBE_NAMESPACE_ANNOTATION = 'llm-d.ai/namespace';

/**
 * Annotation with the Kubernetes name of the object(s) behind the entity (the entity name may be shortened).
 *
 * @public
 */
export const KUBE_NAME_ANNOTATION = 'llm-d.ai/name';

/** Annotation with the model name clients send as `model` (`spec.model.name`, else the object name). */
export const SERVED_MODEL_NAME_ANNOTATION = 'llm-d.ai/served-model-name';

/** Backstage's location annotations; every entity of the module carries both with the same value. */
export const MANAGED_BY_LOCATION_ANNOTATION =
  'backstage.io/managed-by-location';
/** See {@link MANAGED_BY_LOCATION_ANNOTATION}. */
export const MANAGED_BY_ORIGIN_LOCATION_ANNOTATION =
  'backstage.io/managed-by-origin-location';

/** The stock Kubernetes plugin's annotations (its tab finds the model's pods with them). */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
/** See {@link KUBERNETES_ID_ANNOTATION}. */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
/** See {@link KUBERNETES_ID_ANNOTATION}; takes precedence over the id in the stock plugin. */
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';

/** Where the entity's definition lives (`url:<GitOps directory>`), when the GitOps repository is configured. */
export const SOURCE_LOCATION_ANNOTATION = 'backstage.io/source-location';

/**
 * The entity ref of an entity, `<kind>:<namespace>/<name>` in lower case, exactly as the catalog writes refs.
 *
 * @public
 */
export function catalogEntityRefOf(entity: CatalogEntity): string {
  const { namespace, name } = entity.metadata;
  return `${entity.kind}:${namespace}/${name}`.toLowerCase();
}
