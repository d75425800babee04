import type { KubeClient } from './kubeClientFor';
import type { KubeObject } from './types';

const PAGE_SIZE = 100;
// A cluster with more CRDs than this is misbehaving; the bound keeps a broken `continue` from looping forever.
const MAX_PAGES = 50;

/**
 * Reads the CustomResourceDefinitions of some API groups from a cluster's API server, paged. Not cached and not
 * watched: schemas are only needed when a change is validated, and then they must be the installed ones.
 */
export async function listCustomResourceDefinitions(
  client: KubeClient,
  groups: readonly string[],
): Promise<KubeObject[]> {
  const wanted = new Set(groups);
  const found: KubeObject[] = [];
  let continueToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = (await client.customObjects.listClusterCustomObject({
      group: 'apiextensions.k8s.io',
      version: 'v1',
      plural: 'customresourcedefinitions',
      limit: PAGE_SIZE,
      _continue: continueToken,
    })) as {
      items?: Array<KubeObject & { spec?: { group?: string } }>;
      metadata?: { continue?: string };
    };
    for (const crd of list.items ?? []) {
      // List items carry no apiVersion/kind of their own; put them back so each CRD stands alone.
      if (crd.spec?.group && wanted.has(crd.spec.group)) {
        found.push({
          ...crd,
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
        });
      }
    }
    continueToken = list.metadata?.continue || undefined;
    if (!continueToken) break;
  }
  return found;
}
