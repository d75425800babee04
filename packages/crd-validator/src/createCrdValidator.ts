import { coreSchemaFor } from './coreSchemas';
import {
  type CompiledSnapshots,
  createSchemaCompiler,
  type SchemaLookup,
} from './createSchemaCompiler';
import { formatAjvErrors } from './formatErrors';
import { CrdCatalog } from './loadCrdSchemas';
import { parseYamlDocuments } from './parseYamlDocuments';
import { pruneNullFields } from './pruneNullFields';
import { DEFAULT_SOURCE_PINS, rankSources } from './selectSource';
import { splitApiVersion } from './splitApiVersion';
import {
  CrdValidator,
  ValidateOptions,
  ValidationError,
  ValidationResult,
} from './types';

export type { CompiledSnapshots } from './createSchemaCompiler';

/**
 * Builds a {@link CrdValidator} over a CRD catalog. Each group/version/kind/source is converted
 * and compiled on first use and cached, because compiling a PodSpec-heavy CRD takes a while and
 * most callers only need a handful of kinds.
 *
 * @public
 */
export function createCrdValidator(
  catalog: CrdCatalog,
  options: {
    sourcePins?: Readonly<Record<string, string>>;
    /**
     * Compiled schemas by snapshot (CRD file or object, apiVersion, kind), shared by validators built one after the
     * other over catalogs that hold the same snapshots, so none of them compiles a schema another already did.
     */
    compiledSnapshots?: CompiledSnapshots;
  } = {},
): CrdValidator {
  const pins = options.sourcePins ?? DEFAULT_SOURCE_PINS;
  const validatorFor = createSchemaCompiler(catalog, {
    pins,
    compiledSnapshots: options.compiledSnapshots,
  });
  const validate = (manifest: unknown, opts?: ValidateOptions) =>
    validateManifest(validatorFor, manifest, opts);
  const validateAll = (docs: readonly unknown[], opts?: ValidateOptions) =>
    validateDocuments(validate, docs, opts);
  const validateYamlText = (text: string, opts?: ValidateOptions) =>
    validateYamlDocuments(validateAll, text, opts);
  const listSources = (apiVersion: string, kind: string): string[] => {
    const { group, version } = splitApiVersion(apiVersion);
    return rankSources(catalog.find(group, version, kind), pins).map(
      c => c.source,
    );
  };

  return {
    validate,
    validateAll,
    validateYamlText,
    expectValidManifests(docs, opts) {
      const result =
        typeof docs === 'string'
          ? validateYamlText(docs, opts)
          : validateAll(docs, opts);
      if (!result.valid) throw new Error(formatProblems(result.errors));
    },
    hasSchema(apiVersion, kind) {
      if (coreSchemaFor(apiVersion, kind)) return true;
      const { group, version } = splitApiVersion(apiVersion);
      return (
        catalog.hasKind(group, kind) &&
        catalog.find(group, version, kind).length > 0
      );
    },
    listSources,
    sourceOf(apiVersion, kind) {
      return coreSchemaFor(apiVersion, kind)
        ? 'core'
        : listSources(apiVersion, kind)[0];
    },
  };
}

/** One manifest against the schema of its apiVersion and kind (nulls pruned, as the API server does). */
function validateManifest(
  validatorFor: SchemaLookup,
  manifest: unknown,
  opts?: ValidateOptions,
): ValidationResult {
  if (!isRecord(manifest)) {
    return invalid(
      '',
      `manifest must be an object (got ${
        manifest === null ? 'null' : describeType(manifest)
      })`,
    );
  }
  const { apiVersion, kind } = manifest;
  if (
    typeof apiVersion !== 'string' ||
    typeof kind !== 'string' ||
    !apiVersion ||
    !kind
  ) {
    return invalid('', 'manifest must have string apiVersion and kind');
  }
  const fn = validatorFor(apiVersion, kind, opts?.source);
  if (typeof fn === 'string') return invalid('', fn);
  if (fn(pruneNullFields(manifest))) return { valid: true, errors: [] };
  return { valid: false, errors: formatAjvErrors(fn.errors) };
}

/** Every document; each error names its document's index and resource. */
function validateDocuments(
  validate: (manifest: unknown, opts?: ValidateOptions) => ValidationResult,
  docs: readonly unknown[],
  opts?: ValidateOptions,
): ValidationResult {
  const errors: ValidationError[] = [];
  docs.forEach((doc, index) => {
    const resource = describeResource(doc);
    for (const e of validate(doc, opts).errors)
      errors.push({ ...e, document: index, resource });
  });
  return { valid: errors.length === 0, errors };
}

/** Every non-empty document of a YAML text, after its syntax errors; indexes are those of the text. */
function validateYamlDocuments(
  validateAll: (
    docs: readonly unknown[],
    opts?: ValidateOptions,
  ) => ValidationResult,
  text: string,
  opts?: ValidateOptions,
): ValidationResult {
  const parsed = parseYamlDocuments(text);
  const errors: ValidationError[] = [...parsed.errors];
  const result = validateAll(
    parsed.docs.map(d => d.value),
    opts,
  );
  for (const e of result.errors)
    errors.push({ ...e, document: parsed.docs[e.document!].index });
  return { valid: errors.length === 0, errors };
}

/** Renders problems one per line, grouped by document, for thrown assertion errors. */
function formatProblems(errors: readonly ValidationError[]): string {
  const lines = errors.map(e => {
    const doc =
      e.document === undefined
        ? ''
        : `#${e.document} ${e.resource ?? ''}`.trim();
    const where = e.path || '(root)';
    return `  - ${doc ? `${doc}: ` : ''}${where}: ${e.message}`;
  });
  return `${errors.length} manifest problem(s):\n${lines.join('\n')}`;
}

function describeResource(doc: unknown): string {
  if (!isRecord(doc)) return '(not an object)';
  const meta = isRecord(doc.metadata) ? doc.metadata : {};
  const name = [meta.namespace, meta.name]
    .filter(v => typeof v === 'string')
    .join('/');
  return [doc.apiVersion, doc.kind, name]
    .filter(v => typeof v === 'string' && v)
    .join(' ');
}

function invalid(path: string, message: string): ValidationResult {
  return { valid: false, errors: [{ path, message }] };
}

function isRecord(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeType(v: unknown): string {
  return Array.isArray(v) ? 'array' : typeof v;
}
