import { withBundledCrds } from './bundled/bundledCrds';
import { combineCrdCatalogs } from './crdCatalogFromObjects';
import {
  type CompiledSnapshots,
  createCrdValidator,
} from './createCrdValidator';
import { CrdCatalog } from './loadCrdSchemas';

/**
 * The outcome of checking one manifest against the schema of its kind: the errors and which schema decided, or why
 * no schema was found (never a silent pass).
 *
 * @public
 */
export type ManifestSchemaCheckResult =
  | {
      readonly checked: true;
      readonly errors: readonly { path: string; message: string }[];
      /** Which schema decided, in words: `bundled (crds/kuadrant)`, `cluster demo`, `core schema`, ... */
      readonly source: string;
    }
  | { readonly checked: false; readonly reason: string };

/**
 * Options of {@link createManifestSchemaCheck}.
 *
 * @public
 */
export interface ManifestSchemaCheckOptions {
  /** Where `catalogs` came from, in words, for the reason given when no schema exists (e.g. `--crd-dir crds/`). */
  readonly searched: readonly string[];
  /** Append the bundled catalog as the last source (default true). */
  readonly bundled?: boolean;
  /** Shared between checks built one after the other, so each CRD snapshot is compiled once. */
  readonly compiledSnapshots?: CompiledSnapshots;
}

/**
 * A schema check over CRD catalogs in the product's lookup order — `catalogs` as given (configured directories,
 * then the clusters), then the bundled catalog — plus the built-in core kinds (Namespace, ServiceAccount, Role,
 * ...). A kind that no source has is reported as unchecked with the places searched.
 *
 * @public
 */
export function createManifestSchemaCheck(
  catalogs: readonly CrdCatalog[],
  options: ManifestSchemaCheckOptions,
): (manifest: unknown) => ManifestSchemaCheckResult {
  const bundled = options.bundled ?? true;
  const validator = createCrdValidator(
    bundled ? withBundledCrds(catalogs) : combineCrdCatalogs(catalogs),
    { compiledSnapshots: options.compiledSnapshots },
  );
  const searched = [
    ...options.searched,
    ...(bundled ? ['the bundled catalog'] : []),
  ];
  return manifest => {
    const { apiVersion, kind } = (manifest ?? {}) as Record<string, unknown>;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      return {
        checked: true,
        errors: [{ path: '', message: 'apiVersion and kind are required' }],
        source: 'none',
      };
    }
    if (!validator.hasSchema(apiVersion, kind)) {
      return {
        checked: false,
        reason: `no CRD for ${apiVersion} ${kind} in ${joinWords(searched)}`,
      };
    }
    return {
      checked: true,
      errors: validator.validate(manifest).errors,
      source: describeSchemaSource(validator.sourceOf(apiVersion, kind)),
    };
  };
}

/**
 * A schema source label in words: `bundled/<snapshot>` → `bundled (<snapshot>)`, `cluster/<name>` →
 * `cluster <name>`, `core` → `core schema`, anything else is a CRD directory's snapshot label.
 *
 * @public
 */
export function describeSchemaSource(label: string | undefined): string {
  if (!label) return 'unknown';
  if (label === 'core') return 'core schema';
  const [head, ...rest] = label.split('/');
  if (head === 'bundled') return `bundled (${rest.join('/')})`;
  if (head === 'cluster') return `cluster ${rest.join('/')}`;
  return `CRD directory (${label})`;
}

function joinWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
