import { parseAllDocuments } from 'yaml';
import { CrdProvenance, StoredBundledCatalog } from './bundledCrdFormat';
import { compactSchemas, stripDescriptions } from './compactSchemas';

/** A vendored CRD file: its path under vendor/ (`/`-separated), its text and its provenance row. */
export interface VendoredCrdFile {
  readonly path: string;
  readonly text: string;
  readonly provenance: CrdProvenance;
}

/**
 * Builds the bundled catalog from vendored CRD files: every served version with its schema, descriptions dropped
 * and repeated subtrees shared. Versions that are not served are left out (they cannot be applied). Throws naming
 * the file when a document is not a usable CRD, so a bad vendored file fails generation rather than vanishing.
 */
export function buildBundledCatalog(
  files: readonly VendoredCrdFile[],
): StoredBundledCatalog {
  const crds = [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap(file =>
      parseAllDocuments(file.text).flatMap((doc, index) => {
        if (doc.errors.length > 0) {
          throw new Error(
            `${file.path} (document ${index + 1}): ${doc.errors[0].message}`,
          );
        }
        const crd = doc.toJS() as any;
        if (crd?.kind !== 'CustomResourceDefinition') return [];
        const { group, names, scope, versions } = crd.spec ?? {};
        if (typeof group !== 'string' || !Array.isArray(versions)) {
          throw new Error(`${file.path}: CRD without group or versions`);
        }
        return [
          {
            name: `${names.plural}.${group}`,
            source: file.path.split('/').slice(0, -1).join('/'),
            provenance: file.provenance,
            group,
            names,
            scope: scope === 'Cluster' ? 'Cluster' : 'Namespaced',
            versions: versions
              .filter((v: any) => v?.served && v.schema?.openAPIV3Schema)
              .map((v: any) => ({
                name: v.name,
                served: true,
                storage: v.storage === true,
                ...(v.subresources ? { subresources: v.subresources } : {}),
                schema: stripDescriptions(v.schema.openAPIV3Schema),
              })),
          } as const,
        ];
      }),
    );
  const compact = compactSchemas(
    crds.flatMap(crd => crd.versions.map(v => v.schema)),
  );
  let next = 0;
  return {
    format: 1,
    crds: crds.map(crd => ({
      ...crd,
      versions: crd.versions.map(v => ({
        ...v,
        schema: compact.schemas[next++],
      })),
    })),
    fragments: compact.fragments,
  };
}
