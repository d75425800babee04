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

/** What both entities of a model service say, taken from the first cluster (endpoints and Gateways from all). */
interface ModelServiceFacts {
  readonly llmisvc: ModelServiceObservation['llmInferenceService'];
  readonly namespace: string;
  readonly name: string;
  readonly displayName: string;
  readonly servedName: string;
  /** Markdown-escaped display name, served model name and `namespace/name`. */
  readonly title: string;
  readonly served: string;
  readonly kubeRef: string;
  readonly owner: string;
  readonly lifecycle: string;
  readonly system: string;
  readonly endpoints: { cluster: string; endpoint: ModelEndpoint }[];
  readonly gatewayRefs: string[];
  /** Annotations both entities carry. */
  readonly identity: Record<string, string>;
  readonly tags: string[];
}

function modelServiceFacts(
  observations: readonly ModelServiceObservation[],
  options: CatalogEntityOptions,
): ModelServiceFacts {
  const [primary] = observations;
  const llmisvc = primary.llmInferenceService;
  const namespace = llmisvc.metadata.namespace ?? '';
  const name = llmisvc.metadata.name;
  const displayName = modelDisplayName(llmisvc);
  const servedName = servedModelName(llmisvc);
  // cluster-sourced text Backstage may render as Markdown (descriptions in the About card): escaped
  const served = escapeMarkdown(servedName);
  return {
    llmisvc,
    namespace,
    name,
    displayName,
    servedName,
    title: escapeMarkdown(displayName),
    served,
    kubeRef: escapeMarkdown(`${namespace}/${name}`),
    owner: catalogOwnerOf(llmisvc, options),
    lifecycle: options.lifecycle ?? 'production',
    system: tenantSystemRef(namespace),
    endpoints: endpointsByCluster(observations),
    gatewayRefs: [
      ...new Set(
        observations.flatMap(o =>
          o.gateways.map(g => gatewayResourceRef(g.namespace, g.name)),
        ),
      ),
    ],
    identity: {
      [CLUSTERS_ANNOTATION]: observations.map(o => o.cluster).join(','),
      [KUBE_NAMESPACE_ANNOTATION]: namespace,
      [KUBE_NAME_ANNOTATION]: name,
      [SERVED_MODEL_NAME_ANNOTATION]: served,
    },
    tags: modelServiceTags(primary),
  };
}

function modelComponentEntity(
  facts: ModelServiceFacts,
  options: CatalogEntityOptions,
): CatalogEntity {
  const { namespace, name, served, kubeRef, gatewayRefs } = facts;
  const links: CatalogEntityLink[] = facts.endpoints.map(
    ({ cluster, endpoint }) => ({
      url: endpoint.baseUrl,
      title: `OpenAI endpoint (${endpointLabel(cluster, endpoint)})`,
      type: 'model-endpoint',
    }),
  );
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      // the same name modelEntityRef derives: the backend authorises tokens on that ref
      name: catalogEntityName(name),
      namespace,
      title: facts.title,
      description: `LLM model service serving ${served} (KServe LLMInferenceService ${kubeRef}).`,
      annotations: {
        ...locationAnnotations(),
        ...facts.identity,
        [KUBERNETES_ID_ANNOTATION]: name,
        [KUBERNETES_NAMESPACE_ANNOTATION]: namespace,
        // the controller labels every pod of the service with it (DESIGN §2)
        [KUBERNETES_LABEL_SELECTOR_ANNOTATION]: `app.kubernetes.io/name=${name}`,
        ...modelSourceLocation(namespace, name, options),
      },
      tags: facts.tags,
      ...(links.length > 0 && { links }),
    },
    spec: {
      type: MODEL_SERVICE_COMPONENT_TYPE,
      lifecycle: facts.lifecycle,
      owner: facts.owner,
      system: facts.system,
      providesApis: [modelApiRef(namespace, name)],
      ...(gatewayRefs.length > 0 && { dependsOn: gatewayRefs }),
    },
  };
}

function modelApiEntity(facts: ModelServiceFacts): CatalogEntity {
  const { namespace, name, served, kubeRef, tags } = facts;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name: catalogEntityName(name, API_NAME_SUFFIX),
      namespace,
      title: `${facts.title} (OpenAI-compatible API)`,
      description: `OpenAI-compatible API of the model service ${kubeRef} (model ${served}).`,
      annotations: { ...locationAnnotations(), ...facts.identity },
      tags: ['llm-d', 'openai', ...(tags.includes('auth') ? ['auth'] : [])],
    },
    spec: {
      type: 'openapi',
      lifecycle: facts.lifecycle,
      owner: facts.owner,
      system: facts.system,
      // raw values: the document escapes what API viewers render as Markdown, examples stay verbatim
      definition: modelOpenApiDefinition({
        title: facts.displayName,
        namespace,
        name,
        servedModelName: facts.servedName,
        authEnabled: isAuthEnabled(facts.llmisvc),
        servers: facts.endpoints.map(({ cluster, endpoint }) => ({
          url: endpoint.baseUrl,
          description: endpointLabel(cluster, endpoint),
        })),
      }),
    },
  };
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
  const facts = modelServiceFacts(observations, options);
  return [modelComponentEntity(facts, options), modelApiEntity(facts)];
}
