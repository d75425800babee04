import { gatewayRootUrls } from '../endpoints/gatewayUrls';
import { type KubeObjectLike, stringAt } from '../kube/kubeObject';
import { DISPLAY_NAME_ANNOTATION } from '../kube/objectAnnotations';
import {
  type CatalogEntity,
  type CatalogEntityLink,
  CLUSTERS_ANNOTATION,
  INFERENCE_GATEWAY_RESOURCE_TYPE,
  KUBE_NAME_ANNOTATION,
  KUBE_NAMESPACE_ANNOTATION,
} from './catalogEntity';
import { catalogEntityName } from './catalogEntityName';
import {
  type CatalogEntityOptions,
  locationAnnotations,
} from './catalogEntityOptions';
import { catalogOwnerOf } from './catalogOwner';
import { escapeMarkdown } from './escapeMarkdown';
import { tenantSystemRef } from './tenantSystemEntity';

/**
 * A Gateway on one cluster.
 *
 * @public
 */
export interface GatewayObservation {
  readonly cluster: string;
  readonly gateway: KubeObjectLike;
}

/** The Resource ref of a Gateway (`resource:<gateway namespace>/<gateway name>`, name per `catalogEntityName`). */
export function gatewayResourceRef(namespace: string, name: string): string {
  return `resource:${namespace}/${catalogEntityName(name)}`;
}

/**
 * The Resource of a Gateway (`spec.type: inference-gateway`), one per (namespace, name) across clusters; the first
 * cluster in configuration order decides title and owner, links list each cluster's addresses.
 *
 * @param observations - the Gateway on every cluster that has it, in cluster configuration order (at least one)
 * @param tenant - the namespace is a tenant's: the Resource becomes part of its System
 */
export function gatewayResourceEntity(
  observations: readonly GatewayObservation[],
  tenant: boolean,
  options: CatalogEntityOptions,
): CatalogEntity {
  const [primary] = observations;
  const gateway = primary.gateway;
  const namespace = gateway.metadata.namespace ?? '';
  const name = gateway.metadata.name;
  const className = stringAt(gateway, 'spec', 'gatewayClassName');
  const links: CatalogEntityLink[] = [];
  for (const { cluster, gateway: object } of observations) {
    for (const url of gatewayRootUrls(object)) {
      if (!links.some(l => l.url === url)) {
        links.push({ url, title: `Gateway address on ${cluster}` });
      }
    }
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: catalogEntityName(name),
      namespace,
      // cluster-sourced text Backstage may render as Markdown: escaped
      title: escapeMarkdown(
        gateway.metadata.annotations?.[DISPLAY_NAME_ANNOTATION]?.trim() || name,
      ),
      description: `Gateway API Gateway ${escapeMarkdown(
        `${namespace}/${name}`,
      )}${
        className ? ` (class ${escapeMarkdown(className)})` : ''
      } that llm-d model services route through.`,
      annotations: {
        ...locationAnnotations(),
        [CLUSTERS_ANNOTATION]: observations.map(o => o.cluster).join(','),
        [KUBE_NAMESPACE_ANNOTATION]: namespace,
        [KUBE_NAME_ANNOTATION]: name,
      },
      tags: ['llm-d', 'gateway-api'],
      ...(links.length > 0 && { links }),
    },
    spec: {
      type: INFERENCE_GATEWAY_RESOURCE_TYPE,
      owner: catalogOwnerOf(gateway, options),
      ...(tenant && { system: tenantSystemRef(namespace) }),
    },
  };
}
