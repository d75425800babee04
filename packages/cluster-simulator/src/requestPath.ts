/** What a request URL addresses. */
export type RequestTarget =
  | { type: 'health' }
  | { type: 'version' }
  | { type: 'discovery'; group?: string; version?: string; legacy: boolean }
  | ResourcePath
  | { type: 'unknown' };

/** A resource URL: `/api/v1/...` or `/apis/<group>/<version>/...`. */
export interface ResourcePath {
  type: 'resource';
  /** '' for the core group. */
  group: string;
  version: string;
  namespace?: string;
  plural: string;
  name?: string;
  subresource?: string;
  /** The deprecated `/watch/` path prefix. */
  legacyWatch: boolean;
}

const HEALTH = new Set(['healthz', 'readyz', 'livez']);

/**
 * Splits a request path the way the API server's router does. `/api/v1/namespaces/<n>` is the Namespace `n`,
 * `/api/v1/namespaces/<n>/<plural>/...` a namespaced resource.
 */
export function parseRequestPath(pathname: string): RequestTarget {
  let segments: string[];
  try {
    segments = pathname
      .split('/')
      .filter(Boolean)
      .map(s => decodeURIComponent(s));
  } catch {
    return { type: 'unknown' };
  }
  const [first] = segments;
  if (HEALTH.has(first)) {
    return { type: 'health' };
  }
  if (first === 'version' && segments.length === 1) {
    return { type: 'version' };
  }
  if (first === 'api') {
    const version = segments[1];
    if (!version) return { type: 'discovery', legacy: true };
    return groupVersionPath('', version, segments.slice(2));
  }
  if (first === 'apis') {
    const [, group, version] = segments;
    if (!group) return { type: 'discovery', legacy: false };
    if (!version) return { type: 'discovery', group, legacy: false };
    return groupVersionPath(group, version, segments.slice(3));
  }
  return { type: 'unknown' };
}

/** What follows `/api/<version>` or `/apis/<group>/<version>`: its discovery document, or a resource. */
function groupVersionPath(
  group: string,
  version: string,
  segments: string[],
): RequestTarget {
  let rest = segments;
  if (rest.length === 0) {
    return { type: 'discovery', group, version, legacy: group === '' };
  }
  let legacyWatch = false;
  if (rest[0] === 'watch') {
    legacyWatch = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  const namespaceSubresource =
    rest.length === 3 && (rest[2] === 'status' || rest[2] === 'finalize');
  if (rest[0] === 'namespaces' && rest.length >= 3 && !namespaceSubresource) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length === 0 || rest.length > 3) {
    return { type: 'unknown' };
  }
  return {
    type: 'resource',
    group,
    version,
    namespace,
    plural: rest[0],
    name: rest[1],
    subresource: rest[2],
    legacyWatch,
  };
}

/** Whether a query flag such as `watch` is on (`true` or `1`, as the API server accepts). */
export function queryFlag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value === 'true' || value === '1';
}

/** The Kubernetes verb of a resource request. */
export function requestVerb(
  method: string,
  target: ResourcePath,
  params: URLSearchParams,
): string {
  switch (method) {
    case 'GET':
    case 'HEAD':
      if (target.legacyWatch || queryFlag(params, 'watch')) return 'watch';
      return target.name === undefined ? 'list' : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return target.name === undefined ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}
