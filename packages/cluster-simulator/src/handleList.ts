import { sendJson } from './httpExchange';
import { matchesFields } from './fieldSelector';
import { matchesLabels } from './labelSelector';
import { ResourceRequest } from './requestContext';
import { requestSelectors } from './requestSelectors';
import { badRequest, expired } from './StatusError';
import { StoredObject } from './StoredObject';

/** What a continue token carries: the list's revision and the last key returned. */
interface ContinueToken {
  rv: number;
  ns: string;
  name: string;
}

function encodeContinue(token: ContinueToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeContinue(text: string): ContinueToken {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      typeof token.rv === 'number' &&
      typeof token.ns === 'string' &&
      typeof token.name === 'string'
    ) {
      return token;
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('continue key is not valid: malformed token');
}

/** Whether `object` sorts after the key (namespace, then name: the etcd key order). */
function isAfter(object: StoredObject, token: ContinueToken): boolean {
  if (object.namespace !== token.ns) return object.namespace > token.ns;
  return object.name > token.name;
}

/**
 * `GET` on a collection: the objects in namespace/name order, filtered by label and field selectors, paged
 * with `limit` and `continue`. Pages after the first report the first page's resourceVersion, so a watch
 * started from it afterwards sees every change made while paging. Continue tokens older than an
 * `expireHistory()` compaction get 410 Expired.
 */
export function handleList(request: ResourceRequest): void {
  const { core, res, target, type, params } = request;
  const { labelSelector, fieldSelector } = requestSelectors(params, type);
  const limitParam = params.get('limit');
  const limit = limitParam ? Number(limitParam) : 0;
  if (!Number.isInteger(limit) || limit < 0) {
    throw badRequest(`invalid limit: ${limitParam}`);
  }
  const continueParam = params.get('continue');
  const token = continueParam ? decodeContinue(continueParam) : undefined;
  if (token && token.rv < core.hub.compactedRevision) {
    throw expired(
      'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
    );
  }
  const listRevision = token?.rv ?? core.store.currentRevision;
  let items = core.store.list(type, target.namespace);
  if (labelSelector.length || fieldSelector.length) {
    items = items.filter(
      o =>
        matchesLabels(labelSelector, o.labels) &&
        matchesFields(fieldSelector, o.object),
    );
  }
  if (token) {
    const first = items.findIndex(o => isAfter(o, token));
    items = first < 0 ? [] : items.slice(first);
  }
  const metadata: Record<string, unknown> = {
    resourceVersion: String(listRevision),
  };
  if (limit > 0 && items.length > limit) {
    const last = items[limit - 1];
    metadata.continue = encodeContinue({
      rv: listRevision,
      ns: last.namespace,
      name: last.name,
    });
    if (!labelSelector.length && !fieldSelector.length) {
      metadata.remainingItemCount = items.length - limit;
    }
    items = items.slice(0, limit);
  }
  const body = `{"kind":${JSON.stringify(
    type.listKind,
  )},"apiVersion":${JSON.stringify(
    type.apiVersion,
  )},"metadata":${JSON.stringify(metadata)},"items":[${items
    .map(o => o.toListItemJson(type))
    .join(',')}]}`;
  sendJson(res, 200, body);
}
