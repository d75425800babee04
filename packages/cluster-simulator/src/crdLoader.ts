import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ResourceDeclaration, ResourceType } from './ResourceTable';
import { listYamlFiles } from './listYamlFiles';

/** One CustomResourceDefinition found on disk, reduced to what the API server needs to serve it. */
export interface LoadedCrd
  extends Pick<
    ResourceType,
    | 'group'
    | 'kind'
    | 'listKind'
    | 'plural'
    | 'singular'
    | 'shortNames'
    | 'namespaced'
  > {
  /** `plural.group`, the CRD's object name. */
  name: string;
  versions: Array<{
    name: string;
    served: boolean;
    storage: boolean;
    hasStatus: boolean;
    /** The version's `schema.openAPIV3Schema`, kept only when the loader was asked for schemas. */
    openAPIV3Schema?: unknown;
  }>;
  file: string;
}

const CRD_MARKER = /^kind:\s*["']?CustomResourceDefinition["']?\s*$/m;
const SCHEMA_KEY = /^(\s*)openAPIV3Schema:\s*$/;

const cache = new Map<string, LoadedCrd[]>();

/**
 * Finds every CustomResourceDefinition in YAML files under `dirs` (recursively). Results are cached per
 * process and directory list, because a benchmark starts many simulators over the same ~9 MB of reference
 * CRDs. Versions of the same group/kind found in several files (different upstream snapshots) are merged.
 *
 * @param log - receives one line per file that could not be read or parsed
 */
export function loadCrds(
  dirs: readonly string[],
  log: (line: string) => void = () => {},
  withSchemas = false,
): LoadedCrd[] {
  const key = `${withSchemas}\0${dirs.map(d => path.resolve(d)).join('\0')}`;
  let crds = cache.get(key);
  if (!crds) {
    crds = mergeCrds(
      dirs.flatMap(crdFilesIn).flatMap(f => readCrdFile(f, log, withSchemas)),
    );
    cache.set(key, crds);
  }
  return crds;
}

/** The resource declarations of every served version of `crd`, the storage version first. */
export function crdDeclarations(crd: LoadedCrd): ResourceDeclaration[] {
  const served = crd.versions.filter(v => v.served);
  const ordered = [
    ...served.filter(v => v.storage),
    ...served.filter(v => !v.storage),
  ];
  return ordered.map(v => ({
    group: crd.group,
    version: v.name,
    kind: crd.kind,
    plural: crd.plural,
    singular: crd.singular,
    listKind: crd.listKind,
    shortNames: crd.shortNames,
    namespaced: crd.namespaced,
    hasStatus: v.hasStatus,
  }));
}

/** A CustomResourceDefinition object (without schemas) to store, so clients can read what is served. */
export function crdObject(crd: LoadedCrd): Record<string, unknown> {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: crd.name },
    spec: {
      group: crd.group,
      names: {
        kind: crd.kind,
        listKind: crd.listKind,
        plural: crd.plural,
        singular: crd.singular,
        ...(crd.shortNames.length ? { shortNames: crd.shortNames } : {}),
      },
      scope: crd.namespaced ? 'Namespaced' : 'Cluster',
      versions: crd.versions.map(v => ({
        name: v.name,
        served: v.served,
        storage: v.storage,
        ...(v.openAPIV3Schema
          ? { schema: { openAPIV3Schema: v.openAPIV3Schema } }
          : {}),
        ...(v.hasStatus ? { subresources: { status: {} } } : {}),
      })),
    },
    status: crdStatus(crd),
  };
}

/** What the API server reports on a CRD it serves: its names accepted and `Established`. */
export function crdStatus(crd: LoadedCrd): Record<string, unknown> {
  const now = new Date(0).toISOString().replace('.000', '');
  const condition = (type: string, reason: string, message: string) => ({
    type,
    status: 'True',
    reason,
    message,
    lastTransitionTime: now,
  });
  return {
    acceptedNames: {
      kind: crd.kind,
      listKind: crd.listKind,
      plural: crd.plural,
      singular: crd.singular,
    },
    conditions: [
      condition('NamesAccepted', 'NoConflicts', 'no conflicts found'),
      condition(
        'Established',
        'InitialNamesAccepted',
        'the initial names have been accepted',
      ),
    ],
    storedVersions: crd.versions.filter(v => v.storage).map(v => v.name),
  };
}

/** Reads a CRD object (e.g. one created through the API) into a {@link LoadedCrd}; undefined if malformed. */
export function toLoadedCrd(doc: any, file: string): LoadedCrd | undefined {
  const spec = doc?.spec;
  const names = spec?.names;
  if (
    doc?.kind !== 'CustomResourceDefinition' ||
    typeof spec?.group !== 'string' ||
    typeof names?.kind !== 'string' ||
    typeof names?.plural !== 'string'
  ) {
    return undefined;
  }
  // apiextensions v1beta1 CRDs may name a single `spec.version` instead of `spec.versions`.
  let versions: any[] = [];
  if (Array.isArray(spec.versions)) versions = spec.versions;
  else if (typeof spec.version === 'string') {
    versions = [{ name: spec.version, served: true, storage: true }];
  }
  return {
    name: `${names.plural}.${spec.group}`,
    group: spec.group,
    kind: names.kind,
    listKind: names.listKind ?? `${names.kind}List`,
    plural: names.plural,
    singular: names.singular ?? names.kind.toLowerCase(),
    shortNames: Array.isArray(names.shortNames) ? names.shortNames : [],
    namespaced: spec.scope !== 'Cluster',
    versions: versions
      .filter((v: any) => typeof v?.name === 'string')
      .map((v: any) => ({
        name: v.name,
        served: v.served !== false,
        storage: v.storage === true,
        hasStatus: Boolean(v.subresources?.status ?? spec.subresources?.status),
        // Header-only loading leaves `openAPIV3Schema: {}`: no schema.
        ...(hasKeys(v.schema?.openAPIV3Schema) && {
          openAPIV3Schema: v.schema.openAPIV3Schema,
        }),
      })),
    file,
  };
}

function hasKeys(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && Object.keys(value).length > 0
  );
}

function readCrdFile(
  file: string,
  log: (line: string) => void,
  withSchemas: boolean,
): LoadedCrd[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    log(`cannot read ${file}: ${e}`);
    return [];
  }
  if (!CRD_MARKER.test(text)) {
    return [];
  }
  // Unless asked for, only the headers are parsed: schemas are most of the bytes and the simulator does not validate.
  const docs = withSchemas
    ? parseDocs(text)
    : parseDocs(stripSchemas(text)) ?? parseDocs(text);
  if (!docs) {
    log(`skipping ${file}: not parsable YAML`);
    return [];
  }
  return docs.flatMap(doc => toLoadedCrd(doc, file) ?? []);
}

function parseDocs(text: string): unknown[] | undefined {
  try {
    const docs = parseAllDocuments(text);
    const list = Array.isArray(docs) ? docs : [];
    if (list.some(d => d.errors.length > 0)) return undefined;
    return list.map(d => d.toJS());
  } catch {
    return undefined;
  }
}

/** Replaces every `openAPIV3Schema:` block with `{}` by indentation, without parsing. */
function stripSchemas(text: string): string {
  const out: string[] = [];
  let skipIndent = -1;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (skipIndent >= 0) {
      const trimmed = line.trimStart();
      if (trimmed === '' || line.length - trimmed.length > skipIndent) {
        continue;
      }
      skipIndent = -1;
    }
    const m = SCHEMA_KEY.exec(line);
    if (m) {
      skipIndent = m[1].length;
      out.push(`${line.trimEnd()} {}`);
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

function mergeCrds(found: LoadedCrd[]): LoadedCrd[] {
  const byName = new Map<string, LoadedCrd>();
  for (const crd of found) {
    const existing = byName.get(crd.name);
    if (!existing) {
      byName.set(crd.name, { ...crd, versions: [...crd.versions] });
      continue;
    }
    for (const version of crd.versions) {
      const same = existing.versions.find(v => v.name === version.name);
      if (!same) {
        existing.versions.push({ ...version, storage: false });
      } else if (version.served && !same.served) {
        Object.assign(same, version, { storage: same.storage });
      }
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The YAML files under a CRD directory; none when it does not exist (CRD directories are optional). */
function crdFilesIn(dir: string): string[] {
  try {
    return listYamlFiles(dir);
  } catch {
    return [];
  }
}
