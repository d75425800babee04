/**
 * Validates Kubernetes manifests strictly against real CRD schemas (like `kubectl apply --validate=strict`): the
 * bundled catalog of the CRDs llm-d on OpenShift AI / KServe uses, CRD files on disk, or CRD objects read from a
 * cluster.
 *
 * @packageDocumentation
 */

import { parseAllDocuments } from 'yaml';
import { createCrdValidator } from './createCrdValidator';
import { bundledCrdCatalog } from './bundled/bundledCrds';
import { loadCrdCatalog } from './loadCrdSchemas';
import { CrdValidator, ValidateOptions, ValidationResult } from './types';

export type {
  CrdValidator,
  JsonSchema,
  KnownCrdSource,
  ValidateOptions,
  ValidationError,
  ValidationResult,
} from './types';
export type { CrdCatalog, CrdVersionSchema } from './loadCrdSchemas';
export type { NameFormat } from './objectMetaSchema';
export {
  BUNDLED_SOURCE_PREFIX,
  bundledCrdCatalog,
  bundledCrds,
  preferredBundledCrds,
  withBundledCrds,
} from './bundled/bundledCrds';
export type { BundledCrd } from './bundled/bundledCrds';
export type { CrdProvenance } from './bundled/bundledCrdFormat';
export { crdVersionSchemas, loadCrdCatalog } from './loadCrdSchemas';
export {
  combineCrdCatalogs,
  crdCatalogFromObjects,
} from './crdCatalogFromObjects';
export type { CrdObjectEntry } from './crdCatalogFromObjects';
export {
  toStrictJsonSchema,
  type StrictSchemaOptions,
} from './toStrictJsonSchema';
export { objectMetaSchema } from './objectMetaSchema';
export { CORE_SCHEMAS, coreSchemaFor } from './coreSchemas';
export {
  compareSnapshotAge,
  DEFAULT_SOURCE_PINS,
  rankSources,
  selectSource,
} from './selectSource';
export { createCrdValidator } from './createCrdValidator';
export {
  createManifestSchemaCheck,
  describeSchemaSource,
} from './createManifestSchemaCheck';
export type {
  ManifestSchemaCheckOptions,
  ManifestSchemaCheckResult,
} from './createManifestSchemaCheck';
export type { CompiledSnapshots } from './createCrdValidator';
export { pointerToPath, formatAjvErrors } from './formatErrors';

/**
 * Options for {@link loadCrdValidator}.
 *
 * @public
 */
export interface LoadCrdValidatorOptions {
  /** Directories scanned recursively for CRD YAML files; default: the bundled catalog ({@link bundledCrdCatalog}). */
  roots?: string[];
  /** Overrides {@link DEFAULT_SOURCE_PINS} (keys `group/version`, values source segments). */
  sourcePins?: Record<string, string>;
}

/**
 * Returns a validator over the CRDs under `roots`, or over the bundled catalog when no roots are given. Indexing
 * only reads file headers; schemas are compiled when a manifest of their kind is first validated.
 *
 * @example
 * ```ts
 * const validator = loadCrdValidator();
 * validator.expectValidManifests(renderTenant(input)); // throws listing every problem
 * ```
 * @public
 */
export function loadCrdValidator(
  options: LoadCrdValidatorOptions = {},
): CrdValidator {
  const catalog = options.roots
    ? loadCrdCatalog(options.roots)
    : bundledCrdCatalog();
  return createCrdValidator(catalog, { sourcePins: options.sourcePins });
}

let shared: CrdValidator | undefined;

/**
 * A lazily created validator over the bundled catalog, shared by the helper functions below so a
 * test file compiles each kind at most once.
 *
 * @public
 */
export function getDefaultCrdValidator(): CrdValidator {
  shared ??= loadCrdValidator();
  return shared;
}

/**
 * Validates one manifest with the default validator.
 *
 * @public
 */
export function validateManifest(
  manifest: unknown,
  options?: ValidateOptions,
): ValidationResult {
  return getDefaultCrdValidator().validate(manifest, options);
}

/**
 * Validates several manifests with the default validator.
 *
 * @public
 */
export function validateAll(
  docs: readonly unknown[],
  options?: ValidateOptions,
): ValidationResult {
  return getDefaultCrdValidator().validateAll(docs, options);
}

/**
 * Validates multi-document YAML text with the default validator.
 *
 * @public
 */
export function validateYamlText(
  text: string,
  options?: ValidateOptions,
): ValidationResult {
  return getDefaultCrdValidator().validateYamlText(text, options);
}

/**
 * Throws an Error listing every problem unless all manifests (objects or YAML text) are valid.
 *
 * @public
 */
export function expectValidManifests(
  docs: readonly unknown[] | string,
  options?: ValidateOptions,
): void {
  getDefaultCrdValidator().expectValidManifests(docs, options);
}

/**
 * Throws unless every manifest of a GitOps file's text is valid with the default validator. Kustomize's own
 * documents (`kustomize.config.k8s.io`, e.g. `Kustomization`) are skipped: they are build instructions that no CRD
 * describes.
 *
 * @public
 */
export function expectValidGitopsFile(text: string): void {
  const docs = parseAllDocuments(text)
    .map(doc => doc.toJS() as { apiVersion?: unknown } | null)
    .filter(
      doc =>
        doc !== null &&
        !String(doc.apiVersion).startsWith('kustomize.config.k8s.io/'),
    );
  expectValidManifests(docs);
}
