import type { ClusterDefaults, KubeObject, WatchedKind } from './types';

/** Where the objects of one watched kind live in the Kubernetes API. */
export interface WatchedResource {
  readonly kind: WatchedKind;
  /** API group; '' for the core group. */
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  /** Set for namespaced lists and watches (ConfigMaps, the one-shot reader); cluster-wide otherwise. */
  readonly namespace?: string;
  /** The kind's objects have no namespace. */
  readonly clusterScoped?: boolean;
}

type ResourceLocation = Omit<WatchedResource, 'kind' | 'namespace'>;

/** The API location of the kinds whose version does not depend on the cluster. */
const FIXED_RESOURCES: Readonly<
  Record<
    Exclude<WatchedKind, 'LLMInferenceService' | 'LLMInferenceServiceConfig'>,
    ResourceLocation
  >
> = {
  Gateway: {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    plural: 'gateways',
  },
  GatewayClass: {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    plural: 'gatewayclasses',
    clusterScoped: true,
  },
  HTTPRoute: {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    plural: 'httproutes',
  },
  InferencePool: {
    group: 'inference.networking.k8s.io',
    version: 'v1',
    plural: 'inferencepools',
  },
  InferencePoolV1alpha2: {
    group: 'inference.networking.x-k8s.io',
    version: 'v1alpha2',
    plural: 'inferencepools',
  },
  AuthPolicy: { group: 'kuadrant.io', version: 'v1', plural: 'authpolicies' },
  Namespace: {
    group: '',
    version: 'v1',
    plural: 'namespaces',
    clusterScoped: true,
  },
  CustomResourceDefinition: {
    group: 'apiextensions.k8s.io',
    version: 'v1',
    plural: 'customresourcedefinitions',
    clusterScoped: true,
  },
  ConfigMap: { group: '', version: 'v1', plural: 'configmaps' },
};

/**
 * The API location of a watched kind in a cluster, optionally narrowed to a namespace. LLMInferenceService(Config)s
 * use the cluster's configured API version: KServe serves both versions on newer releases, but OpenShift AI 3.x
 * only serves v1alpha1. ConfigMaps are only ever read per namespace.
 */
export function watchedResource(
  kind: WatchedKind,
  defaults: Pick<ClusterDefaults, 'llmisvcApiVersion'>,
  namespace?: string,
): WatchedResource {
  if (kind === 'ConfigMap' && !namespace) {
    throw new Error('ConfigMaps are only watched per namespace');
  }
  const location: ResourceLocation =
    kind === 'LLMInferenceService' || kind === 'LLMInferenceServiceConfig'
      ? {
          group: 'serving.kserve.io',
          version: defaults.llmisvcApiVersion,
          plural:
            kind === 'LLMInferenceService'
              ? 'llminferenceservices'
              : 'llminferenceserviceconfigs',
        }
      : FIXED_RESOURCES[kind];
  return { kind, ...location, ...(namespace !== undefined && { namespace }) };
}

/** `plural.group` of a resource, as RBAC rules and CRD names spell it (`namespaces` for the core group). */
export function qualifiedResourceName(
  resource: Pick<WatchedResource, 'plural' | 'group'>,
): string {
  return resource.group
    ? `${resource.plural}.${resource.group}`
    : resource.plural;
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
