import { matchesFields } from './fieldSelector';
import { mediaType, parseBody, readBody, sendJson } from './httpExchange';
import { matchesLabels } from './labelSelector';
import { objectFromBody } from './objectFromBody';
import { ResourceRequest } from './requestContext';
import { answerReview, REVIEWS } from './reviews';
import { requestSelectors } from './requestSelectors';
import { notFound, StatusError } from './StatusError';

/** Whether the request asks for a dry run (`?dryRun=All`). */
export function isDryRun(params: URLSearchParams): boolean {
  return params.getAll('dryRun').includes('All');
}

/** Reads and parses the request body. */
export async function requestBody(request: ResourceRequest): Promise<unknown> {
  const text = await readBody(request.req);
  return parseBody(text, mediaType(request.req.headers['content-type']));
}

/** `POST` on a collection (create) or on `serviceaccounts/<name>/token` (TokenRequest). */
export async function handleCreate(request: ResourceRequest): Promise<void> {
  const { core, res, target, type, params } = request;
  const body = await requestBody(request);
  if (target.subresource === 'token') {
    const account = core.store.get(type, target.namespace, target.name!);
    if (!account) throw notFound(type, target.name!);
    sendJson(res, 201, core.tokens.issue(account, body));
    return;
  }
  if (REVIEWS.has(type.storageKey)) {
    sendJson(res, 201, answerReview(request, body));
    return;
  }
  if (target.name !== undefined) {
    throw new StatusError(
      405,
      `the server does not allow this method on the requested resource`,
    );
  }
  const obj = objectFromBody(body, type, target);
  const stored = core.store.create(type, obj, { dryRun: isDryRun(params) });
  sendJson(res, 201, stored.toJson(type.apiVersion));
}

/** `PUT` on an object or its `/status`, with optimistic concurrency on `metadata.resourceVersion`. */
export async function handleUpdate(request: ResourceRequest): Promise<void> {
  const { core, res, target, type, params } = request;
  const obj = objectFromBody(await requestBody(request), type, target);
  const mode = target.subresource === 'status' ? 'status' : 'main';
  const stored = core.store.update(type, obj, mode, {
    dryRun: isDryRun(params),
  });
  sendJson(res, 200, stored.toJson(type.apiVersion));
}

/** `DELETE` on an object: returns the deleted object (or the object marked for deletion, with finalizers). */
export async function handleDelete(request: ResourceRequest): Promise<void> {
  const { core, res, target, type, params } = request;
  const options = ((await requestBody(request)) ?? {}) as {
    preconditions?: { resourceVersion?: string; uid?: string };
    dryRun?: string[];
  };
  const stored = core.store.delete(type, target.namespace, target.name!, {
    dryRun: isDryRun(params) || (options.dryRun ?? []).includes('All'),
    preconditions: options.preconditions,
  });
  sendJson(res, 200, stored.toJson(type.apiVersion));
}

/** `DELETE` on a collection: deletes the selected objects and returns them as a list. */
export async function handleDeleteCollection(
  request: ResourceRequest,
): Promise<void> {
  const { core, res, target, type, params } = request;
  await readBody(request.req);
  const { labelSelector, fieldSelector } = requestSelectors(params, type);
  const dryRun = isDryRun(params);
  const deleted = core.store
    .list(type, target.namespace)
    .filter(
      o =>
        matchesLabels(labelSelector, o.labels) &&
        matchesFields(fieldSelector, o.object),
    )
    .map(o =>
      core.store.delete(type, o.namespace || undefined, o.name, { dryRun }),
    );
  sendJson(
    res,
    200,
    `{"kind":${JSON.stringify(type.listKind)},"apiVersion":${JSON.stringify(
      type.apiVersion,
    )},"metadata":{"resourceVersion":"${
      core.store.currentRevision
    }"},"items":[${deleted.map(o => o.toListItemJson(type)).join(',')}]}`,
  );
}
