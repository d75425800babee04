import { parseAllDocuments } from 'yaml';
import type { GitopsFile } from '../render/gitopsFile';

/** The tenant directory of the GitOps layout: `tenants/<namespace>/…`. */
const TENANT_DIRECTORY = /^tenants\/([^/]+)\//;

/** A string field of a parsed document, if it is one. */
function stringField(value: unknown, ...keys: string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current !== '' ? current : undefined;
}

/** Where one object lands: a Namespace's own name, a Kustomization's `namespace`, else `metadata.namespace`. */
function objectNamespace(object: unknown): string | undefined {
  const kind = stringField(object, 'kind');
  if (kind === 'Namespace') return stringField(object, 'metadata', 'name');
  if (kind === 'Kustomization') return stringField(object, 'namespace');
  return stringField(object, 'metadata', 'namespace');
}

/**
 * Every namespace a GitOps change writes into, sorted: whose owners must agree to it. Counted from every place that
 * decides where an object lands, since a proposal may set them independently: the `tenants/<namespace>/` directory
 * of a file, each object's `metadata.namespace`, a Namespace object's own name, and a Kustomization's `namespace`
 * (which overrides its resources' namespaces when applied). Documents that do not parse are left to the validation.
 *
 * @public
 */
export function tenantsOfChange(files: readonly GitopsFile[]): string[] {
  const namespaces = new Set<string>();
  for (const file of files) {
    const directory = TENANT_DIRECTORY.exec(file.path)?.[1];
    if (directory) namespaces.add(directory);
    for (const doc of parseAllDocuments(file.content)) {
      if (doc.errors.length > 0) continue;
      const object: unknown = doc.toJS();
      const found = objectNamespace(object);
      if (found) namespaces.add(found);
    }
  }
  return [...namespaces].sort();
}
