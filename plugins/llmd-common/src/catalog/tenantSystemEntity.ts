import { type CatalogEntity, KUBE_NAMESPACE_ANNOTATION } from './catalogEntity';
import {
  type CatalogEntityOptions,
  locationAnnotations,
} from './catalogEntityOptions';
import { tenantOwner } from './catalogOwner';
import { escapeMarkdown } from './escapeMarkdown';

/**
 * The System of a tenant: named like the tenant's Kubernetes namespace, in that namespace (namespaces are DNS labels,
 * always valid entity names and namespaces).
 */
export function tenantSystemRef(namespace: string): string {
  return `system:${namespace}/${namespace}`;
}

/**
 * The System grouping a tenant's model services, their APIs and the tenant's own Gateways. A tenant is a namespace
 * with at least one model service; its owner is the one configured for the namespace, else the default owner.
 */
export function tenantSystemEntity(
  namespace: string,
  options: CatalogEntityOptions,
): CatalogEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: namespace,
      namespace,
      // the namespace comes from a cluster object: escaped where Backstage may render Markdown
      title: escapeMarkdown(namespace),
      description: `llm-d tenant ${escapeMarkdown(
        namespace,
      )}: its model services, their APIs and its inference gateways.`,
      annotations: {
        ...locationAnnotations(),
        [KUBE_NAMESPACE_ANNOTATION]: namespace,
      },
      tags: ['llm-d'],
    },
    spec: { owner: tenantOwner(namespace, options) },
  };
}
