import { ResourcePath } from './requestPath';
import { ResourceType } from './ResourceTable';
import { badRequest } from './StatusError';
import { KubeObject } from './types';

/**
 * Checks a request body against the URL like the API server does and fills what the URL implies: apiVersion
 * and kind default to the endpoint's, the namespace to the URL's, the name (for updates) to the URL's.
 *
 * @throws StatusError 400 when the body is no object or disagrees with the URL
 */
export function objectFromBody(
  body: unknown,
  type: ResourceType,
  target: ResourcePath,
): KubeObject {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('the body of the request must be a JSON object');
  }
  const obj = structuredClone(body) as KubeObject;
  if (obj.apiVersion !== undefined && obj.apiVersion !== type.apiVersion) {
    throw badRequest(
      `the API version in the data (${obj.apiVersion}) does not match the expected API version (${type.apiVersion})`,
    );
  }
  if (obj.kind !== undefined && obj.kind !== type.kind) {
    throw badRequest(
      `the kind in the data (${obj.kind}) does not match the expected kind (${type.kind})`,
    );
  }
  obj.apiVersion = type.apiVersion;
  obj.kind = type.kind;
  if (typeof obj.metadata !== 'object' || obj.metadata === null) {
    obj.metadata = {};
  }
  const metadata = obj.metadata;
  if (type.namespaced) {
    if (
      metadata.namespace &&
      target.namespace &&
      metadata.namespace !== target.namespace
    ) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    metadata.namespace = target.namespace;
  } else {
    delete metadata.namespace;
  }
  if (target.name !== undefined) {
    if (metadata.name && metadata.name !== target.name) {
      throw badRequest(
        `the name of the object (${metadata.name}) does not match the name on the URL (${target.name})`,
      );
    }
    metadata.name = target.name;
  }
  return obj;
}
