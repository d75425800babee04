import fs from 'node:fs';
import { createManifestSchemaCheck, loadCrdCatalog } from '@llmd/crd-validator';
import { CliUsageError } from '../CliUsageError';
import type { ManifestFinding } from './manifestFinding';

/** Checks one parsed YAML document against the schema of its kind; no findings for documents that are not objects. */
export type SchemaLinter = (doc: unknown) => ManifestFinding[];

/**
 * The schema check of `llmd lint manifests`: the CRDs of `--crd-dir` directories first, then the catalog bundled
 * with @llmd/crd-validator, plus the core kinds. Errors are `deny` findings with rule `schema`; a kind no source has
 * is a `warn` finding (never a silent pass). Throws CliUsageError for a --crd-dir that is not a directory.
 */
export function createSchemaLinter(crdDirs: readonly string[]): SchemaLinter {
  for (const dir of crdDirs) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new CliUsageError(`--crd-dir ${dir}: not a directory`);
    }
  }
  const check = createManifestSchemaCheck(
    crdDirs.length > 0 ? [loadCrdCatalog(crdDirs)] : [],
    { searched: crdDirs.map(dir => `--crd-dir ${dir}`) },
  );
  return doc => {
    if (!isClusterObject(doc)) return [];
    const prefix = objectName(doc);
    const result = check(doc);
    if (!result.checked) {
      return [
        {
          rule: 'schema',
          severity: 'warn',
          path: '',
          message: `${prefix}not checked against a schema: ${result.reason}`,
        },
      ];
    }
    return result.errors.map(error => ({
      rule: 'schema',
      severity: 'deny',
      path: error.path,
      message: `${prefix}${error.message} (schema: ${result.source})`,
    }));
  };
}

/** A mapping that is not one of kustomize's build files (no CRD describes those). */
function isClusterObject(doc: unknown): doc is Record<string, unknown> {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    !Array.isArray(doc) &&
    !String((doc as Record<string, unknown>).apiVersion).startsWith(
      'kustomize.config.k8s.io/',
    )
  );
}

function objectName(doc: Record<string, unknown>): string {
  const metadata = (doc.metadata ?? {}) as Record<string, unknown>;
  if (typeof doc.kind !== 'string' || typeof metadata.name !== 'string') {
    return '';
  }
  const ns =
    typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${doc.kind} ${ns}${metadata.name}: `;
}
