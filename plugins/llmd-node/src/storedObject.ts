import type { KubeObject } from './types';
import { type WatchedResource, withTypeMeta } from './watchedResources';

/**
 * An object as the cache stores it: with its apiVersion and kind, without `metadata.managedFields` (server-side
 * apply bookkeeping, often the largest part of an object and never read), and a CustomResourceDefinition without
 * the OpenAPI schemas of its versions (tens of kilobytes each; what is kept — names, group, scope, served and
 * storage versions, annotations, status — is what the reachability checks read).
 */
export function storedObject(
  raw: KubeObject,
  resource: WatchedResource,
): KubeObject {
  const typed = withTypeMeta(raw, resource);
  const { managedFields, ...metadata } = typed.metadata;
  const lean =
    managedFields === undefined
      ? typed
      : { ...typed, metadata: { ...metadata, name: typed.metadata.name } };
  return resource.kind === 'CustomResourceDefinition'
    ? withoutSchemas(lean)
    : lean;
}

function withoutSchemas(crd: KubeObject): KubeObject {
  const spec = crd.spec as { versions?: unknown } | undefined;
  if (!spec || !Array.isArray(spec.versions)) {
    return crd;
  }
  return {
    ...crd,
    spec: {
      ...spec,
      versions: spec.versions.map(version => {
        if (typeof version !== 'object' || version === null) return version;
        const { schema, ...rest } = version as Record<string, unknown>;
        return rest;
      }),
    },
  };
}
