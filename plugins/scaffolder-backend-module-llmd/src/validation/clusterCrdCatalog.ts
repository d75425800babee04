import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  combineCrdCatalogs,
  type CrdCatalog,
  crdCatalogFromObjects,
} from '@llmd/crd-validator';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';

/** What the clusters contributed to a validation, for its log. */
export interface ClusterCrdCatalog {
  readonly catalog: CrdCatalog;
  /** `<cluster>: <n> CRD(s)` per connected cluster asked. */
  readonly summary: string[];
  /** Names of the clusters asked, in configuration order. */
  readonly clusters: string[];
}

/**
 * The CRDs of some API groups as installed on the configured clusters, one catalog per cluster in configuration
 * order (the first cluster that serves a kind decides). Disconnected clusters are skipped and a failing cluster is
 * logged and skipped: validation then falls back to the other sources instead of failing the template.
 */
export async function clusterCrdCatalog(
  cache: Pick<
    LlmdClusterCache,
    'listClusters' | 'listCustomResourceDefinitions'
  >,
  groups: readonly string[],
  logger: LoggerService,
): Promise<ClusterCrdCatalog> {
  const connected = cache.listClusters().filter(c => c.connected);
  if (groups.length === 0 || connected.length === 0) {
    return { catalog: combineCrdCatalogs([]), summary: [], clusters: [] };
  }
  const perCluster = await Promise.all(
    connected.map(async ({ name }) => {
      try {
        const crds = await cache.listCustomResourceDefinitions(name, groups);
        return {
          name,
          catalog: crdCatalogFromObjects(
            crds.map(object => ({
              source: `cluster/${name}`,
              file: `cluster/${name}/${object.metadata.name}@${
                object.metadata.resourceVersion ?? ''
              }`,
              object,
            })),
          ),
          line: `${name}: ${crds.length} CRD(s)`,
        };
      } catch (error) {
        logger.warn(
          `Could not read the CRDs of cluster ${name}; validating without them: ${error}`,
        );
        return undefined;
      }
    }),
  );
  const read = perCluster.filter(
    (c): c is NonNullable<typeof c> => c !== undefined,
  );
  return {
    catalog: combineCrdCatalogs(read.map(c => c.catalog)),
    summary: read.map(c => c.line),
    clusters: read.map(c => c.name),
  };
}
