import { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  forbiddenMessage,
  Identity,
  isAllowed,
  RequestAttributes,
} from './AccessControl';
import { discoveryDocument, SIMULATED_VERSION } from './discovery';
import { handleGet } from './handleGet';
import { handleList } from './handleList';
import { handlePatch } from './handlePatch';
import { handleWatch } from './handleWatch';
import { impersonate } from './impersonate';
import {
  handleCreate,
  handleDelete,
  handleDeleteCollection,
  handleUpdate,
} from './handleWrite';
import { sendJson, sendStatusError } from './httpExchange';
import { ResourceRequest, SimulatorCore } from './requestContext';
import { parseRequestPath, requestVerb, ResourcePath } from './requestPath';
import { ResourceType } from './ResourceTable';
import { pathNotFound, reasonFor, StatusError } from './StatusError';

const HANDLERS: Record<
  string,
  (request: ResourceRequest) => void | Promise<void>
> = {
  get: handleGet,
  list: handleList,
  watch: handleWatch,
  create: handleCreate,
  update: handleUpdate,
  patch: handlePatch,
  delete: handleDelete,
  deletecollection: handleDeleteCollection,
};

/**
 * The HTTP entry point: counts the request, applies injected latency and failures, serves health, version
 * and discovery, authenticates and authorises, then dispatches resource requests by verb. Every error is
 * answered with a Kubernetes Status object.
 */
export function createRequestHandler(core: SimulatorCore) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(core, req, res).catch(error => {
      if (!(error instanceof StatusError)) {
        core.log(
          `internal error on ${req.method} ${req.url}: ${
            (error as Error).stack ?? error
          }`,
        );
      }
      const status =
        error instanceof StatusError
          ? error
          : new StatusError(500, `Internal error: ${(error as Error).message}`);
      if (res.headersSent) {
        res.destroy();
      } else {
        sendStatusError(res, status);
      }
    });
  };
}

async function handle(
  core: SimulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  const target = parseRequestPath(url.pathname);
  const method = req.method ?? 'GET';
  const verb =
    target.type === 'resource'
      ? requestVerb(method, target, url.searchParams)
      : 'get';
  core.stats.record(
    verb,
    target.type === 'resource' ? statsResource(target) : undefined,
  );
  await applyFaults(core);
  if (target.type === 'health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return;
  }
  if (target.type === 'version') {
    sendJson(res, 200, SIMULATED_VERSION);
    return;
  }
  const identity = authenticate(core, req);
  if (target.type === 'unknown') throw pathNotFound();
  if (target.type === 'discovery') {
    if (method !== 'GET') throw new StatusError(405, 'method not allowed');
    sendJson(
      res,
      200,
      discoveryDocument(core.table, target, core.serverAddress()),
    );
    return;
  }
  requireAllowed(identity, target, verb);
  const type = resolveType(core, target, method);
  const handler = HANDLERS[verb];
  if (!handler || !type.verbs.includes(verb)) {
    throw new StatusError(
      405,
      `the server does not allow this method on the requested resource`,
    );
  }
  await handler({
    core,
    req,
    res,
    target,
    type,
    params: url.searchParams,
    identity,
  });
}

/** The bearer token's identity (401 without one), or the user it impersonates. */
function authenticate(core: SimulatorCore, req: IncomingMessage): Identity {
  const authenticated = core.access.authenticate(req.headers.authorization);
  if (!authenticated) {
    throw new StatusError(401, 'Unauthorized', 'Unauthorized');
  }
  return impersonate(core, authenticated, req.headers, req.headersDistinct);
}

/** The simulated latency, then the next scripted failure if any. */
async function applyFaults(core: SimulatorCore): Promise<void> {
  if (core.faults.latencyMs > 0) {
    await sleep(core.faults.latencyMs);
  }
  const failure = core.faults.nextFailure();
  if (failure) {
    throw new StatusError(
      failure.status,
      failure.message,
      reasonFor(failure.status),
    );
  }
}

/** RBAC as the API server applies it: 403 Forbidden unless the identity may do `verb` on the target. */
function requireAllowed(
  identity: Identity,
  target: ResourcePath,
  verb: string,
): void {
  const attributes: RequestAttributes = {
    verb,
    group: target.group,
    resource: target.subresource
      ? `${target.plural}/${target.subresource}`
      : target.plural,
    namespace:
      target.plural === 'namespaces' && target.group === ''
        ? target.name
        : target.namespace,
    ...(target.name !== undefined && { name: target.name }),
  };
  if (!isAllowed(identity, attributes)) {
    throw new StatusError(
      403,
      forbiddenMessage(identity, attributes, target.name),
      'Forbidden',
      {
        name: target.name,
        group: target.group,
        kind: target.plural,
      },
    );
  }
}

/** The served resource a path addresses, checking scope and subresource. */
function resolveType(
  core: SimulatorCore,
  target: ResourcePath,
  method: string,
): ResourceType {
  const type = core.table.lookup(target.group, target.version, target.plural);
  if (!type) throw pathNotFound();
  if (target.namespace !== undefined && !type.namespaced) throw pathNotFound();
  const needsNamespace = target.name !== undefined || method === 'POST';
  if (type.namespaced && target.namespace === undefined && needsNamespace)
    throw pathNotFound();
  const sub = target.subresource;
  if (sub !== undefined) {
    const isStatus =
      sub === 'status' &&
      type.hasStatus &&
      method !== 'POST' &&
      method !== 'DELETE';
    const isToken =
      sub === 'token' &&
      type.storageKey === 'serviceaccounts' &&
      method === 'POST';
    if (!isStatus && !isToken) throw pathNotFound();
  }
  return type;
}

/** The kubectl-style resource name the stats count a request under. */
function statsResource(target: ResourcePath): string {
  const base = target.group
    ? `${target.plural}.${target.group}`
    : target.plural;
  return target.subresource ? `${base}/${target.subresource}` : base;
}
