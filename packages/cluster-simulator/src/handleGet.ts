import { sendJson } from './httpExchange';
import { ResourceRequest } from './requestContext';
import { notFound } from './StatusError';

/** `GET` on one object or its `/status`. */
export function handleGet(request: ResourceRequest): void {
  const { core, res, target, type } = request;
  const name = target.name!;
  const stored = core.store.get(type, target.namespace, name);
  if (!stored) throw notFound(type, name);
  sendJson(res, 200, stored.toJson(type.apiVersion));
}
