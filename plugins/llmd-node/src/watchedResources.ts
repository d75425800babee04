import type { ClusterDefaults, KubeObject, WatchedKind } from './types';

/** Where the objects of one watched kind live in the Kubernetes API. */
export interface WatchedResource {
  readonly kind: WatchedKind;
  /** API group; '' for the core group. */
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  /** Set for namespaced watches (ConfigMaps); cluster-wide otherwise. */
  readonly namespace?: string;
}

/**
 * The API location of a watched kind in a cluster. LLMInferenceService(Config)s use the cluster's configured API
 * version: KServe serves both versions on newer releases, but OpenShift AI 3.x only serves v1alpha1.
 */
export function watchedResource(
  kind: WatchedKind,
  defaults: ClusterDefaults,
  namespace?: string,
): WatchedResource {
  switch (kind) {
    case 'LLMInferenceService':
      return {
        kind,
        group: 'serving.kserve.io',
        version: defaults.llmisvcApiVersion,
        plural: 'llminferenceservices',
      };
    case 'LLMInferenceServiceConfig':
      return {
        kind,
        group: 'serving.kserve.io',
        version: defaults.llmisvcApiVersion,
        plural: 'llminferenceserviceconfigs',
      };
    case 'Gateway':
      return {
        kind,
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        plural: 'gateways',
      };
    default:
      if (!namespace) {
        throw new Error('ConfigMaps are only watched per namespace');
      }
      return {
        kind,
        group: '',
        version: 'v1',
        plural: 'configmaps',
        namespace,
      };
  }
}

/** `apiVersion` of the objects of a resource (`v1` for the core group). */
function apiVersionOf(resource: WatchedResource): string {
  return resource.group
    ? `${resource.group}/${resource.version}`
    : resource.version;
}

/** The collection path used for list and watch requests. */
export function collectionPath(resource: WatchedResource): string {
  const prefix = resource.group
    ? `/apis/${resource.group}/${resource.version}`
    : `/api/${resource.version}`;
  const ns = resource.namespace
    ? `/namespaces/${encodeURIComponent(resource.namespace)}`
    : '';
  return `${prefix}${ns}/${resource.plural}`;
}

/** Human-readable name of a resource for logs and errors, e.g. `configmaps in tenant-a`. */
export function describeResource(resource: WatchedResource): string {
  return resource.namespace
    ? `${resource.plural}.${resource.group || 'core'} in ${resource.namespace}`
    : `${resource.plural}.${resource.group || 'core'}`;
}

/** List items of built-in kinds carry no apiVersion/kind, watch events do: make both look the same. */
export function withTypeMeta(
  object: KubeObject,
  resource: WatchedResource,
): KubeObject {
  if (object.apiVersion && object.kind) {
    return object;
  }
  return { ...object, apiVersion: apiVersionOf(resource), kind: resource.kind };
}
