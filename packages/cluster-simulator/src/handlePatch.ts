import { mediaType, sendJson } from './httpExchange';
import { applyJsonPatch, JsonPatchError } from './jsonPatch';
import { applyMergePatch } from './applyMergePatch';
import { objectFromBody } from './objectFromBody';
import { ResourceRequest } from './requestContext';
import { isDryRun, requestBody } from './handleWrite';
import { badRequest, notFound, StatusError } from './StatusError';

const MERGE = 'application/merge-patch+json';
const STRATEGIC = 'application/strategic-merge-patch+json';
const JSON_PATCH = 'application/json-patch+json';
const APPLY = 'application/apply-patch+yaml';

/**
 * `PATCH` on an object or its `/status`: JSON merge patch, JSON patch, strategic merge patch (applied as a
 * merge patch) and server-side apply (`application/apply-patch+yaml`, applied as a merge patch that creates
 * the object when missing; `fieldManager` is required, field ownership is not tracked).
 */
export async function handlePatch(request: ResourceRequest): Promise<void> {
  const { core, res, target, type, params, req } = request;
  const contentType = mediaType(req.headers['content-type']);
  if (![MERGE, STRATEGIC, JSON_PATCH, APPLY].includes(contentType)) {
    throw new StatusError(
      415,
      `the body of the request was in an unknown format - accepted media types include: ${JSON_PATCH}, ${MERGE}, ${STRATEGIC}, ${APPLY}`,
    );
  }
  if (contentType === APPLY && !params.get('fieldManager')) {
    throw badRequest('fieldManager is required for apply requests');
  }
  const patch = await requestBody(request);
  const name = target.name!;
  const dryRun = isDryRun(params);
  const existing = core.store.get(type, target.namespace, name);
  if (!existing) {
    if (contentType !== APPLY || target.subresource) throw notFound(type, name);
    const created = core.store.create(
      type,
      objectFromBody(patch, type, target),
      { dryRun },
    );
    sendJson(res, 201, created.toJson(type.apiVersion));
    return;
  }
  let patched: unknown;
  try {
    patched =
      contentType === JSON_PATCH
        ? applyJsonPatch(existing.copyAs(type.apiVersion), patch)
        : applyMergePatch(existing.copyAs(type.apiVersion), patch);
  } catch (e) {
    if (e instanceof JsonPatchError) {
      throw new StatusError(
        422,
        `the server rejected our request due to an error in our request: ${e.message}`,
        'Invalid',
      );
    }
    throw e;
  }
  const obj = objectFromBody(patched, type, target);
  const mode = target.subresource === 'status' ? 'status' : 'main';
  const stored = core.store.update(type, obj, mode, { dryRun });
  sendJson(res, 200, stored.toJson(type.apiVersion));
}
