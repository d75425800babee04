import { combineCrdCatalogs } from '../crdCatalogFromObjects';
import { crdCatalogFromObjects } from '../crdCatalogFromObjects';
import { CrdCatalog } from '../loadCrdSchemas';
import { compareSnapshotAge } from '../selectSource';
import { BUNDLED_CRD_CATALOG_JSON } from './bundledCrdData';
import { CrdProvenance, StoredBundledCatalog } from './bundledCrdFormat';
import { expandSchema } from './compactSchemas';

/**
 * One CRD of the bundled catalog: the CustomResourceDefinition object (served versions with their schemas,
 * descriptions left out), the snapshot it was taken from and its provenance.
 *
 * @public
 */
export interface BundledCrd {
  /** Snapshot label, e.g. `kserve/upstream-v0.16.0/config/crd/full/llmisvc` (the vendored file's folder). */
  readonly source: string;
  readonly provenance: CrdProvenance;
  /** An `apiextensions.k8s.io/v1` CustomResourceDefinition; shared, treat as read-only. */
  readonly object: {
    readonly apiVersion: 'apiextensions.k8s.io/v1';
    readonly kind: 'CustomResourceDefinition';
    readonly metadata: { readonly name: string };
    readonly spec: Readonly<Record<string, any>>;
  };
}

/**
 * Source label prefix of bundled schemas in validation results (`bundled/<snapshot>`).
 *
 * @public
 */
export const BUNDLED_SOURCE_PREFIX = 'bundled';

let crds: readonly BundledCrd[] | undefined;
let catalog: CrdCatalog | undefined;

/**
 * Every CRD of the bundled catalog, several snapshots of some (e.g. LLMInferenceService of KServe v0.16.0 and of
 * KServe HEAD). Parsed on first use and kept for the process.
 *
 * @public
 */
export function bundledCrds(): readonly BundledCrd[] {
  if (!crds) {
    const stored = JSON.parse(BUNDLED_CRD_CATALOG_JSON) as StoredBundledCatalog;
    const expanded = new Map<number, unknown>();
    crds = stored.crds.map(crd => ({
      source: crd.source,
      provenance: crd.provenance,
      object: {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: crd.name },
        spec: {
          group: crd.group,
          names: crd.names,
          scope: crd.scope,
          versions: crd.versions.map(({ schema, ...version }) => ({
            ...version,
            schema: {
              openAPIV3Schema: expandSchema(schema, stored.fragments, expanded),
            },
          })),
        },
      },
    }));
  }
  return crds;
}

/**
 * The bundled catalog as a {@link CrdCatalog}; source labels are `bundled/<snapshot>`, so the usual pins and
 * `source` options (`upstream-v0.16.0`, `v1.4.0`, ...) select among its snapshots.
 *
 * @public
 */
export function bundledCrdCatalog(): CrdCatalog {
  catalog ??= crdCatalogFromObjects(
    bundledCrds().map(crd => ({
      source: `${BUNDLED_SOURCE_PREFIX}/${crd.source}`,
      file: `${BUNDLED_SOURCE_PREFIX}/${crd.source}/${crd.object.metadata.name}`,
      object: crd.object,
    })),
  );
  return catalog;
}

/**
 * One CRD per name, as a cluster would have it installed: the snapshot serving the most versions, the newest
 * on a tie (so LLMInferenceService is KServe HEAD's, serving v1alpha1 and v1alpha2).
 *
 * @public
 */
export function preferredBundledCrds(): BundledCrd[] {
  const byName = new Map<string, BundledCrd>();
  for (const crd of bundledCrds()) {
    const name = crd.object.metadata.name;
    const current = byName.get(name);
    if (!current || isPreferred(crd, current)) byName.set(name, crd);
  }
  return [...byName.values()];
}

function isPreferred(a: BundledCrd, b: BundledCrd): boolean {
  const served = a.object.spec.versions.length - b.object.spec.versions.length;
  return served !== 0 ? served > 0 : compareSnapshotAge(a.source, b.source) > 0;
}

/**
 * Catalogs in the product's lookup order, the bundled catalog last: a kind is validated against the first of
 * `catalogs` that has it, else against the bundled schema.
 *
 * @public
 */
export function withBundledCrds(catalogs: readonly CrdCatalog[]): CrdCatalog {
  return combineCrdCatalogs([...catalogs, bundledCrdCatalog()]);
}
