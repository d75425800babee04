import {
  type CrdCatalog,
  type CrdVersionSchema,
  crdVersionSchemas,
} from './loadCrdSchemas';

/**
 * A CustomResourceDefinition object and where it came from.
 *
 * @public
 */
export interface CrdObjectEntry {
  /** Source label, e.g. `cluster/prod-east`; a validator's `source` option matches its path segments. */
  readonly source: string;
  /** Names the snapshot; objects with the same `file` are compiled once. E.g. `cluster/prod-east/<crd name>@<rv>`. */
  readonly file: string;
  readonly object: unknown;
}

/**
 * A {@link CrdCatalog} over CRD objects already in memory, e.g. read from a cluster's API server. Objects that are
 * not usable CRDs are listed in `skipped`.
 *
 * @public
 */
export function crdCatalogFromObjects(
  entries: readonly CrdObjectEntry[],
): CrdCatalog {
  const all: CrdVersionSchema[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  for (const entry of entries) {
    const versions = crdVersionSchemas(entry.object, entry.source, entry.file);
    if (typeof versions === 'string') {
      skipped.push({ file: entry.file, reason: versions });
    } else {
      all.push(...versions);
    }
  }
  return {
    find: (group, version, kind) =>
      all.filter(
        v => v.group === group && v.version === version && v.kind === kind,
      ),
    hasKind: (group, kind) =>
      all.some(v => v.group === group && v.kind === kind),
    listAll: () => [...all],
    skipped,
  };
}

/**
 * Several catalogs as one, in order of precedence: a group/version/kind is served by the first catalog that has it,
 * so a schema an admin configured wins over one read from a cluster.
 *
 * @public
 */
export function combineCrdCatalogs(
  catalogs: readonly CrdCatalog[],
): CrdCatalog {
  return {
    find(group, version, kind) {
      for (const catalog of catalogs) {
        const found = catalog.find(group, version, kind);
        if (found.length > 0) return found;
      }
      return [];
    },
    hasKind: (group, kind) => catalogs.some(c => c.hasKind(group, kind)),
    listAll: () => catalogs.flatMap(c => c.listAll()),
    get skipped() {
      return catalogs.flatMap(c => c.skipped);
    },
  };
}
