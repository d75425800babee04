import Ajv, { ValidateFunction } from 'ajv';
import { coreSchemaFor } from './coreSchemas';
import { hoistRepeatedSubschemas } from './hoistRepeatedSubschemas';
import { CrdCatalog } from './loadCrdSchemas';
import { selectSource } from './selectSource';
import { splitApiVersion } from './splitApiVersion';
import { toStrictJsonSchema } from './toStrictJsonSchema';

/**
 * Compiled schemas by snapshot, for {@link createCrdValidator}'s `compiledSnapshots`.
 *
 * @public
 */
export type CompiledSnapshots = Map<string, ValidateFunction>;

/** The compiled schema of a kind (from a source), or why there is none. */
export type SchemaLookup = (
  apiVersion: string,
  kind: string,
  source?: string,
) => ValidateFunction | string;

/**
 * Returns the lookup of compiled schemas over a catalog: core kinds from their built-in schemas, CRD kinds from the
 * chosen source converted to strict JSON Schema. Each apiVersion/kind/source is compiled on first use and cached;
 * each snapshot (CRD file, apiVersion, kind) is compiled once across lookups sharing `compiledSnapshots`.
 */
export function createSchemaCompiler(
  catalog: CrdCatalog,
  options: {
    pins: Readonly<Record<string, string>>;
    compiledSnapshots?: CompiledSnapshots;
  },
): SchemaLookup {
  const ajv = newAjv();
  const compiled = new Map<string, ValidateFunction | string>();
  const bySnapshot =
    options.compiledSnapshots ?? new Map<string, ValidateFunction>();

  const compile: SchemaLookup = (apiVersion, kind, source) => {
    const core = coreSchemaFor(apiVersion, kind);
    if (core) return ajv.compile(core);
    const { group, version } = splitApiVersion(apiVersion);
    const candidates = catalog.find(group, version, kind);
    const chosen = selectSource(candidates, source, options.pins);
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

  return (apiVersion, kind, source) => {
    const cacheKey = `${apiVersion}/${kind}@${source ?? ''}`;
    let fn = compiled.get(cacheKey);
    if (fn === undefined) {
      fn = compile(apiVersion, kind, source);
      compiled.set(cacheKey, fn);
    }
    return fn;
  };
}

/** One Ajv instance per validator: schemas are compiled without $id, so there are no clashes. */
function newAjv(): Ajv {
  return new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    validateFormats: false,
    // CRD patterns are Go RE2; the non-unicode flag accepts more of them (e.g. escaped '-').
    unicodeRegExp: false,
    // Shared definitions (see hoistRepeatedSubschemas) must stay functions, not be inlined again.
    inlineRefs: false,
  });
}
