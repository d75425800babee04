import type { ModelEndpoint } from '../api';
import { valueAt } from '../kube/kubeObject';
import {
  isAuthEnabled,
  modelDisplayName,
  servedModelName,
} from '../models/modelMetadata';
import { NETWORKS_ANNOTATION } from '../render/model/modelAnnotations';
import {
  type CatalogEntity,
  type CatalogEntityLink,
  CLUSTERS_ANNOTATION,
  KUBE_NAME_ANNOTATION,
  KUBE_NAMESPACE_ANNOTATION,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  MODEL_SERVICE_COMPONENT_TYPE,
  SERVED_MODEL_NAME_ANNOTATION,
} from './catalogEntity';
import { catalogEntityName } from './catalogEntityName';
import {
  type CatalogEntityOptions,
  locationAnnotations,
  modelSourceLocation,
} from './catalogEntityOptions';
import { catalogOwnerOf } from './catalogOwner';
import { escapeMarkdown } from './escapeMarkdown';
import { gatewayResourceRef } from './gatewayResourceEntity';
import { modelOpenApiDefinition } from './modelOpenApiDocument';
import type { ModelServiceObservation } from './observeModelService';
import { tenantSystemRef } from './tenantSystemEntity';

/** Suffix of the API entity's name: the Component keeps the model's name, the API says what it is. */
const API_NAME_SUFFIX = '-openai';

/** The API ref of a model service's OpenAI-compatible API (`api:<namespace>/<name>-openai`). */
function modelApiRef(namespace: string, name: string): string {
  return `api:${namespace}/${catalogEntityName(name, API_NAME_SUFFIX)}`;
}

/**
 * Tags of a model service: `llm-d`, `prefill-decode` (separate prefill pool), `roce` (extra Multus networks), `auth`
 * (clients need a token) and `routing-<preset>` (the EPP routing preset, when known).
 */
function modelServiceTags(observation: ModelServiceObservation): string[] {
  const llmisvc = observation.llmInferenceService;
  return [
    'llm-d',
    ...(valueAt(llmisvc, 'spec', 'prefill') !== undefined
      ? ['prefill-decode']
      : []),
    ...(llmisvc.metadata.annotations?.[NETWORKS_ANNOTATION]?.trim()
      ? ['roce']
      : []),
    ...(isAuthEnabled(llmisvc) ? ['auth'] : []),
    ...(observation.routingPreset
      ? [`routing-${observation.routingPreset}`]
      : []),
  ];
}

/** Every endpoint of every cluster once, with the cluster it is on, in cluster order then authority. */
function endpointsByCluster(
  observations: readonly ModelServiceObservation[],
): { cluster: string; endpoint: ModelEndpoint }[] {
  const seen = new Set<string>();
  return observations.flatMap(({ cluster, endpoints }) =>
    endpoints.flatMap(endpoint => {
      if (seen.has(endpoint.baseUrl)) return [];
      seen.add(endpoint.baseUrl);
      return [{ cluster, endpoint }];
    }),
  );
}

function endpointLabel(cluster: string, endpoint: ModelEndpoint): string {
  return `${cluster}${endpoint.internal ? ', cluster-internal' : ''}`;
}

/**
 * The entities of one model service across clusters: its `Component` (`spec.type: model-service`, named after the
 * LLMInferenceService in the entity namespace of its Kubernetes namespace) and the `API` (`spec.type: openapi`) it
 * provides. The first cluster in configuration order decides title, owner, tags and auth; endpoints (links, OpenAPI
 * servers), clusters and the Gateways it depends on are the union over all clusters.
 *
 * @param observations - the model on every cluster that has it, in cluster configuration order (at least one)
 */
export function modelServiceEntities(
  observations: readonly ModelServiceObservation[],
  options: CatalogEntityOptions,
): [component: CatalogEntity, api: CatalogEntity] {
  const [primary] = observations;
  const llmisvc = primary.llmInferenceService;
  const namespace = llmisvc.metadata.namespace ?? '';
  const name = llmisvc.metadata.name;
  const displayName = modelDisplayName(llmisvc);
  const servedName = servedModelName(llmisvc);
  // cluster-sourced text Backstage may render as Markdown (descriptions in the About card): escaped
  const title = escapeMarkdown(displayName);
  const served = escapeMarkdown(servedName);
  const kubeRef = escapeMarkdown(`${namespace}/${name}`);
  const owner = catalogOwnerOf(llmisvc, options);
  const lifecycle = options.lifecycle ?? 'production';
  const system = tenantSystemRef(namespace);
  const endpoints = endpointsByCluster(observations);
  const gatewayRefs = [
    ...new Set(
      observations.flatMap(o =>
        o.gateways.map(g => gatewayResourceRef(g.namespace, g.name)),
      ),
    ),
  ];
  const identity = {
    [CLUSTERS_ANNOTATION]: observations.map(o => o.cluster).join(','),
    [KUBE_NAMESPACE_ANNOTATION]: namespace,
    [KUBE_NAME_ANNOTATION]: name,
    [SERVED_MODEL_NAME_ANNOTATION]: served,
  };
  const tags = modelServiceTags(primary);
  const links: CatalogEntityLink[] = endpoints.map(({ cluster, endpoint }) => ({
    url: endpoint.baseUrl,
    title: `OpenAI endpoint (${endpointLabel(cluster, endpoint)})`,
    type: 'model-endpoint',
  }));
  const apiRef = modelApiRef(namespace, name);
  const component: CatalogEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      // the same name modelEntityRef derives: the backend authorises tokens on that ref
      name: catalogEntityName(name),
      namespace,
      title,
      description: `LLM model service serving ${served} (KServe LLMInferenceService ${kubeRef}).`,
      annotations: {
        ...locationAnnotations(),
        ...identity,
        [KUBERNETES_ID_ANNOTATION]: name,
        [KUBERNETES_NAMESPACE_ANNOTATION]: namespace,
        // the controller labels every pod of the service with it (DESIGN §2)
        [KUBERNETES_LABEL_SELECTOR_ANNOTATION]: `app.kubernetes.io/name=${name}`,
        ...modelSourceLocation(namespace, name, options),
      },
      tags,
      ...(links.length > 0 && { links }),
    },
    spec: {
      type: MODEL_SERVICE_COMPONENT_TYPE,
      lifecycle,
      owner,
      system,
      providesApis: [apiRef],
      ...(gatewayRefs.length > 0 && { dependsOn: gatewayRefs }),
    },
  };
  const api: CatalogEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name: catalogEntityName(name, API_NAME_SUFFIX),
      namespace,
      title: `${title} (OpenAI-compatible API)`,
      description: `OpenAI-compatible API of the model service ${kubeRef} (model ${served}).`,
      annotations: { ...locationAnnotations(), ...identity },
      tags: ['llm-d', 'openai', ...(tags.includes('auth') ? ['auth'] : [])],
    },
    spec: {
      type: 'openapi',
      lifecycle,
      owner,
      system,
      // raw values: the document escapes what API viewers render as Markdown, examples stay verbatim
      definition: modelOpenApiDefinition({
        title: displayName,
        namespace,
        name,
        servedModelName: servedName,
        authEnabled: isAuthEnabled(llmisvc),
        servers: endpoints.map(({ cluster, endpoint }) => ({
          url: endpoint.baseUrl,
          description: endpointLabel(cluster, endpoint),
        })),
      }),
    },
  };
  return [component, api];
}
