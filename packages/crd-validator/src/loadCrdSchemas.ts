import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { JsonSchema } from './types';

/**
 * One served version of one CRD file.
 *
 * @public
 */
export interface CrdVersionSchema {
  group: string;
  version: string;
  kind: string;
  scope: 'Namespaced' | 'Cluster';
  /** `<root basename>/<directory relative to the root>`, e.g. `kserve/upstream-HEAD/config/crd/full/llmisvc`. */
  source: string;
  file: string;
  openAPIV3Schema: JsonSchema;
}

/**
 * Index of the CRDs found under some roots. Files are only fully parsed when one of their kinds
 * is asked for, because parsing all ~9 MB of reference CRDs with `yaml` takes several seconds and
 * a typical test needs two or three kinds.
 *
 * @public
 */
export interface CrdCatalog {
  /** Every snapshot serving group/version/kind (parsing the candidate files on first use). */
  find(group: string, version: string, kind: string): CrdVersionSchema[];
  /** Whether any indexed file defines group/kind (cheap; no parsing). */
  hasKind(group: string, kind: string): boolean;
  /** Every served version of every CRD (parses everything). */
  listAll(): CrdVersionSchema[];
  /** Files or documents that were skipped, with the reason (templated or broken YAML, ...). */
  readonly skipped: ReadonlyArray<{ file: string; reason: string }>;
}

interface IndexedFile {
  file: string;
  source: string;
}

const YAML_FILE = /\.ya?ml$/i;
const CRD_MARKER = /^kind:\s*["']?CustomResourceDefinition["']?\s*$/m;

/**
 * Scans `roots` recursively for YAML files containing `kind: CustomResourceDefinition` and
 * returns a lazily parsing {@link CrdCatalog}. Multi-document files are supported; non-CRD
 * documents and unparsable or templated files are skipped (see `skipped`).
 *
 * @public
 */
export function loadCrdCatalog(roots: readonly string[]): CrdCatalog {
  const byGroupKind = new Map<string, IndexedFile[]>();
  const unindexed: IndexedFile[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  const parsed = new Map<string, CrdVersionSchema[]>();

  for (const root of roots) {
    for (const file of listYamlFiles(root)) {
      const text = fs.readFileSync(file, 'utf8');
      if (!CRD_MARKER.test(text)) {
        continue;
      }
      const entry = { file, source: sourceLabel(root, file) };
      const keys = scanGroupKinds(text);
      if (keys === undefined) {
        unindexed.push(entry);
        continue;
      }
      for (const key of keys) {
        const list = byGroupKind.get(key) ?? [];
        list.push(entry);
        byGroupKind.set(key, list);
      }
    }
  }

  const parseFile = (entry: IndexedFile): CrdVersionSchema[] => {
    let result = parsed.get(entry.file);
    if (!result) {
      result = parseCrdFile(entry, skipped);
      parsed.set(entry.file, result);
    }
    return result;
  };
  // Files whose header could not be read cheaply are parsed up front so they are not lost.
  for (const entry of unindexed) {
    for (const schema of parseFile(entry)) {
      const key = `${schema.group}/${schema.kind}`;
      const list = byGroupKind.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byGroupKind.set(key, list);
    }
  }

  return {
    skipped,
    hasKind: (group, kind) => byGroupKind.has(`${group}/${kind}`),
    find(group, version, kind) {
      const files = byGroupKind.get(`${group}/${kind}`) ?? [];
      return files
        .flatMap(parseFile)
        .filter(
          s => s.group === group && s.kind === kind && s.version === version,
        );
    },
    listAll() {
      const files = new Set([...byGroupKind.values()].flat());
      return [...files].flatMap(parseFile);
    },
  };
}

/**
 * Reads group and names.kind of every CRD document from the text without a full YAML parse.
 * Returns undefined when the layout is unusual, so the caller falls back to a full parse.
 */
function scanGroupKinds(text: string): string[] | undefined {
  const keys: string[] = [];
  for (const doc of text.split(/^---.*$/m)) {
    if (!CRD_MARKER.test(doc)) continue;
    const spec = /^spec:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*([ \t]+)\S/m.exec(
      doc,
    );
    if (!spec) return undefined;
    const indent = spec[1];
    const group = new RegExp(
      `^${indent}group:[ \\t]*["']?([^"'\\s#]+)`,
      'm',
    ).exec(doc);
    const names = new RegExp(
      `^${indent}names:[ \\t]*\\r?\\n((?:${indent}[ \\t]+.*\\r?\\n|[ \\t]*\\r?\\n)*)`,
      'm',
    ).exec(doc);
    const kind = names && /^[ \t]+kind:[ \t]*["']?([^"'\s#]+)/m.exec(names[1]);
    if (!group || !kind) return undefined;
    keys.push(`${group[1]}/${kind[1]}`);
  }
  return keys;
}

function parseCrdFile(
  entry: IndexedFile,
  skipped: Array<{ file: string; reason: string }>,
): CrdVersionSchema[] {
  const out: CrdVersionSchema[] = [];
  let docs;
  try {
    docs = parseAllDocuments(fs.readFileSync(entry.file, 'utf8'));
  } catch (e) {
    skipped.push({ file: entry.file, reason: String(e) });
    return out;
  }
  // parseAllDocuments returns an EmptyStream (not an array) for empty input.
  for (const doc of Array.isArray(docs) ? docs : []) {
    if (doc.errors.length > 0) {
      skipped.push({ file: entry.file, reason: doc.errors[0].message });
      continue;
    }
    const versions = crdVersionSchemas(doc.toJS(), entry.source, entry.file);
    if (typeof versions === 'string') {
      skipped.push({ file: entry.file, reason: versions });
      continue;
    }
    out.push(...versions);
  }
  return out;
}

function sourceLabel(root: string, file: string): string {
  const rel = path.relative(root, path.dirname(file)).split(path.sep).join('/');
  return rel ? `${path.basename(root)}/${rel}` : path.basename(root);
}

function listYamlFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...listYamlFiles(full));
    else if (e.isFile() && YAML_FILE.test(e.name)) files.push(full);
  }
  return files;
}

/**
 * The served versions of one CustomResourceDefinition object, each with its schema; `[]` for an object that is not a
 * CRD, a reason string for a CRD that cannot be used.
 *
 * @public
 */
export function crdVersionSchemas(
  object: unknown,
  source: string,
  file: string,
): CrdVersionSchema[] | string {
  const crd = object as any;
  if (
    !crd ||
    crd.kind !== 'CustomResourceDefinition' ||
    typeof crd.spec !== 'object'
  ) {
    return [];
  }
  const { group, names, scope, versions } = crd.spec;
  if (
    typeof group !== 'string' ||
    typeof names?.kind !== 'string' ||
    !Array.isArray(versions)
  ) {
    return 'CRD without group, names.kind or versions';
  }
  const out: CrdVersionSchema[] = [];
  for (const v of versions) {
    // A version that is not served cannot be applied, so it must not validate anything.
    const schema =
      v?.schema?.openAPIV3Schema ?? crd.spec.validation?.openAPIV3Schema;
    if (!v?.served || typeof v.name !== 'string' || !schema) continue;
    out.push({
      group,
      version: v.name,
      kind: names.kind,
      scope: scope === 'Cluster' ? 'Cluster' : 'Namespaced',
      source,
      file,
      openAPIV3Schema: schema,
    });
  }
  return out;
}
