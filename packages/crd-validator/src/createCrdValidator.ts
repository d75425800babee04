import Ajv, { ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { coreSchemaFor } from './coreSchemas';
import { formatAjvErrors } from './formatErrors';
import { hoistRepeatedSubschemas } from './hoistRepeatedSubschemas';
import { CrdCatalog } from './loadCrdSchemas';
import { pruneNullFields } from './pruneNullFields';
import { DEFAULT_SOURCE_PINS, rankSources, selectSource } from './selectSource';
import { toStrictJsonSchema } from './toStrictJsonSchema';
import {
  CrdValidator,
  ValidateOptions,
  ValidationError,
  ValidationResult,
} from './types';

/**
 * Compiled schemas by snapshot, for {@link createCrdValidator}'s `compiledSnapshots`.
 *
 * @public
 */
export type CompiledSnapshots = Map<string, ValidateFunction>;

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
  // One Ajv instance per validator: schemas are compiled without $id, so there are no clashes.
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    validateFormats: false,
    // CRD patterns are Go RE2; the non-unicode flag accepts more of them (e.g. escaped '-').
    unicodeRegExp: false,
    // Shared definitions (see hoistRepeatedSubschemas) must stay functions, not be inlined again.
    inlineRefs: false,
  });
  const compiled = new Map<string, ValidateFunction | string>();
  const bySnapshot =
    options.compiledSnapshots ?? new Map<string, ValidateFunction>();

  const compile = (
    apiVersion: string,
    kind: string,
    source?: string,
  ): ValidateFunction | string => {
    const core = coreSchemaFor(apiVersion, kind);
    if (core) return ajv.compile(core);
    const { group, version } = splitApiVersion(apiVersion);
    const candidates = catalog.find(group, version, kind);
    const chosen = selectSource(candidates, source, pins);
    if (!chosen) {
      return candidates.length > 0 && source
        ? `no schema for ${apiVersion}/${kind} from source "${source}" (available: ${candidates
            .map(c => c.source)
            .join(', ')})`
        : `no schema for ${apiVersion}/${kind}`;
    }
    // Different `source` strings can resolve to the same snapshot: compile each snapshot once.
    const snapshotKey = `${chosen.file}#${apiVersion}/${kind}`;
    let fn = bySnapshot.get(snapshotKey);
    if (!fn) {
      const strict = toStrictJsonSchema(chosen.openAPIV3Schema, {
        apiVersion,
        kind,
        nameFormat: 'subdomain',
      });
      fn = ajv.compile(hoistRepeatedSubschemas(strict));
      bySnapshot.set(snapshotKey, fn);
    }
    return fn;
  };

  /** The compiled validator, or an error message when there is no schema. */
  const validatorFor = (
    apiVersion: string,
    kind: string,
    source?: string,
  ): ValidateFunction | string => {
    const cacheKey = `${apiVersion}/${kind}@${source ?? ''}`;
    let fn = compiled.get(cacheKey);
    if (fn === undefined) {
      fn = compile(apiVersion, kind, source);
      compiled.set(cacheKey, fn);
    }
    return fn;
  };

  const validate = (
    manifest: unknown,
    opts?: ValidateOptions,
  ): ValidationResult => {
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
  };

  const validateAll = (
    docs: readonly unknown[],
    opts?: ValidateOptions,
  ): ValidationResult => {
    const errors: ValidationError[] = [];
    docs.forEach((doc, index) => {
      const resource = describeResource(doc);
      for (const e of validate(doc, opts).errors)
        errors.push({ ...e, document: index, resource });
    });
    return { valid: errors.length === 0, errors };
  };

  const validateYamlText = (
    text: string,
    opts?: ValidateOptions,
  ): ValidationResult => {
    const parsed = parseYamlDocuments(text);
    const errors: ValidationError[] = [...parsed.errors];
    const result = validateAll(
      parsed.docs.map(d => d.value),
      opts,
    );
    for (const e of result.errors)
      errors.push({ ...e, document: parsed.docs[e.document!].index });
    return { valid: errors.length === 0, errors };
  };

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

/**
 * Parses multi-document YAML, keeping the index of every non-empty document and reporting syntax
 * errors and duplicate keys (which `kubectl apply --validate=strict` also rejects).
 */
function parseYamlDocuments(text: string): {
  docs: Array<{ index: number; value: unknown }>;
  errors: ValidationError[];
} {
  const docs: Array<{ index: number; value: unknown }> = [];
  const errors: ValidationError[] = [];
  const parsed = parseAllDocuments(text);
  (Array.isArray(parsed) ? parsed : []).forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        errors.push({
          path: '',
          message: `YAML: ${e.message.split('\n')[0]}`,
          document: index,
        });
      return;
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) docs.push({ index, value });
  });
  return { docs, errors };
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

function splitApiVersion(apiVersion: string): {
  group: string;
  version: string;
} {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : {
        group: apiVersion.slice(0, slash),
        version: apiVersion.slice(slash + 1),
      };
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
