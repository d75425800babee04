/**
 * Where a bundled CRD came from: one row of the repository's vendor/PROVENANCE.tsv.
 *
 * @public
 */
export interface CrdProvenance {
  /** Source repository, e.g. `https://github.com/kserve/kserve`. */
  readonly repository: string;
  /** Tag or branch, e.g. `v0.16.0`. */
  readonly ref: string;
  readonly commit: string;
  /** Path of the CRD file in that repository. */
  readonly path: string;
  readonly licence: string;
  /** git blob id of the upstream file. */
  readonly blob: string;
}

/** One CRD of the bundled catalog as stored: the CRD's identity and served versions, schemas compacted. */
export interface StoredBundledCrd {
  /** `plural.group`. */
  readonly name: string;
  /** Snapshot label, the vendored file's folder, e.g. `kserve/upstream-v0.16.0/config/crd/full/llmisvc`. */
  readonly source: string;
  readonly provenance: CrdProvenance;
  readonly group: string;
  readonly names: Readonly<Record<string, unknown>>;
  readonly scope: 'Namespaced' | 'Cluster';
  readonly versions: ReadonlyArray<{
    readonly name: string;
    readonly served: boolean;
    readonly storage: boolean;
    readonly subresources?: unknown;
    /** The version's `openAPIV3Schema` in compact form (see compactSchemas). */
    readonly schema: unknown;
  }>;
}

/** The bundled catalog file: CRDs plus the shared schema fragments. */
export interface StoredBundledCatalog {
  readonly format: 1;
  readonly crds: readonly StoredBundledCrd[];
  readonly fragments: readonly unknown[];
}
