import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  type CompiledSnapshots,
  type CrdCatalog,
  createManifestSchemaCheck,
} from '@llmd/crd-validator';
import {
  crdGroupsOf,
  type GitopsFile,
  type ManifestSchemaCheck,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { clusterCrdCatalog } from './clusterCrdCatalog';
import { configuredCrdCatalog } from './configuredCrdCatalog';

/** Where `llmd:gitops:validate` finds CRD schemas besides the bundled catalog. */
export interface SchemaCheckSources {
  /** `llmd.gitops.validation.crdDirectories`. */
  readonly crdDirectories: readonly string[];
  /** The clusters whose installed CRDs are asked for, when configured. */
  readonly cache?: Pick<
    LlmdClusterCache,
    'listClusters' | 'listCustomResourceDefinitions'
  >;
  /** The backend's logger, for problems with the configured directories. */
  readonly logger: LoggerService;
}

/**
 * Returns the function that assembles, for one run of `llmd:gitops:validate`, the schema check of the workspace's
 * manifests. Lookup order: the configured directories (read once, on the first run), then the CRDs installed on the
 * clusters (read on every run, only the API groups the files use), then the bundled catalog.
 */
export function createSchemaCheckBuilder(
  sources: SchemaCheckSources,
): (
  files: readonly GitopsFile[],
  logger: LoggerService,
) => Promise<ManifestSchemaCheck> {
  let configured: CrdCatalog | undefined;
  // Compiling a CRD schema takes about a second; the same CRD (file, or cluster object at one resourceVersion)
  // is compiled once for all runs of the step.
  const compiledSnapshots: CompiledSnapshots = new Map();
  return async (files, logger) => {
    configured ??= configuredCrdCatalog(sources.crdDirectories, sources.logger);
    const fromClusters = sources.cache
      ? await clusterCrdCatalog(sources.cache, crdGroupsOf(files), logger)
      : undefined;
    if (fromClusters?.summary.length) {
      logger.info(
        `CRDs installed on the clusters: ${fromClusters.summary.join(', ')}`,
      );
    }
    return createManifestSchemaCheck(
      fromClusters ? [configured, fromClusters.catalog] : [configured],
      {
        searched: [
          'llmd.gitops.validation.crdDirectories',
          ...(fromClusters?.clusters.length
            ? [`the CRDs of cluster(s) ${fromClusters.clusters.join(', ')}`]
            : []),
        ],
        compiledSnapshots,
      },
    );
  };
}
