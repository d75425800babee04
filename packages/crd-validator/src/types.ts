/**
 * Shared types of the CRD validator.
 *
 * @packageDocumentation
 */

/**
 * A JSON schema as understood by Ajv (draft-07 dialect). Kept as a loose record because the
 * schemas are produced at runtime from CRD files we do not control.
 *
 * @public
 */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * One problem found in a manifest.
 *
 * @public
 */
export interface ValidationError {
  /** Dotted path into the manifest, e.g. `spec.router.gateway.ref` or `spec.template.containers[0].name`; empty for the whole document. */
  path: string;
  /** Human-readable message, e.g. `unknown field "ref"`. */
  message: string;
  /** 0-based index of the document, set by the multi-document helpers. */
  document?: number;
  /** `apiVersion kind namespace/name` of the document, set by the multi-document helpers. */
  resource?: string;
}

/**
 * Outcome of validating one or more manifests.
 *
 * @public
 */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
}

/**
 * Snapshot directories that hold more than one copy of the same CRD. Any other string is accepted
 * too: it is matched against the path segments of the CRD file's directory (see {@link ValidateOptions}).
 *
 * @public
 */
export type KnownCrdSource =
  | 'upstream-v0.16.0'
  | 'upstream-HEAD'
  | 'odh-kserve-release-v0.15'
  | 'v1.4.0'
  | 'v1.6.0'
  | 'operator-v0.14.2';

/**
 * Per-call options.
 *
 * @public
 */
export interface ValidateOptions {
  /**
   * Which snapshot of a CRD to validate against when several define the same group/version/kind.
   * Matched against whole path segments of the CRD's source label (e.g. `upstream-v0.16.0` matches
   * `kserve/upstream-v0.16.0/config/crd/full/llmisvc`). Ignored for the built-in core kinds.
   */
  source?: KnownCrdSource | (string & {});
}

/**
 * Validates Kubernetes manifests strictly against the real CRD schemas (like
 * `kubectl apply --validate=strict`, minus CEL rules and server-side formats).
 *
 * @public
 */
export interface CrdValidator {
  /** Validates one manifest (a parsed YAML/JSON object). */
  validate(manifest: unknown, options?: ValidateOptions): ValidationResult;
  /** Validates several manifests; every error carries `document` and `resource`. */
  validateAll(
    docs: readonly unknown[],
    options?: ValidateOptions,
  ): ValidationResult;
  /** Parses multi-document YAML (rejecting duplicate keys and syntax errors) and validates every non-empty document. */
  validateYamlText(text: string, options?: ValidateOptions): ValidationResult;
  /**
   * Throws an Error listing every problem when any manifest is invalid; usable directly inside a
   * Jest `it` (no custom matcher needed). Accepts parsed documents or multi-document YAML text.
   */
  expectValidManifests(
    docs: readonly unknown[] | string,
    options?: ValidateOptions,
  ): void;
  /** Whether a schema (CRD or built-in core schema) exists for this apiVersion/kind. */
  hasSchema(apiVersion: string, kind: string): boolean;
  /** Source labels of every CRD snapshot that serves this apiVersion/kind, default first. */
  listSources(apiVersion: string, kind: string): string[];
  /** The source that decides for this apiVersion/kind: `core` for the built-in core kinds, else the default snapshot's label. */
  sourceOf(apiVersion: string, kind: string): string | undefined;
}
