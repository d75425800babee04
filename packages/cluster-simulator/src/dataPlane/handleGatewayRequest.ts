import { IncomingMessage, ServerResponse } from 'node:http';
import { ReviewContext } from '../reviews';
import { SIMULATION_ANNOTATIONS } from '../simulationAnnotations';
import { KubeObject } from '../types';
import { attachedRoutes, GatewayRef } from './attachedRoutes';
import { authorizeModelRequest } from './authorizeModelRequest';
import { effectiveAuthPolicy } from './effectiveAuthPolicy';
import { matchHttpRoute } from './matchHttpRoute';
import { resolveBackend } from './resolveBackend';
import { ServedModel, SimulatedVllm } from './SimulatedVllm';
import { DATA_PLANE_KINDS, StoreReader } from './StoreReader';
import { workloadUnavailable } from './workloadAvailability';

/** What a Gateway's listener reads to route, authorise and serve a request. */
export interface GatewayRequestContext extends ReviewContext {
  reader: StoreReader;
  vllm: SimulatedVllm;
}

/** A plain-text answer of the Gateway itself (Envoy's bodies are plain text). */
function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * One request on a Gateway's listener, as Envoy with Kuadrant would handle it: the attached, accepted HTTPRoute
 * rule (else 404), the AuthPolicy protecting it (401/403; skipped when the model is annotated `open`), the
 * InferencePool backend (500 when it does not resolve), ready pods (else 503), then the model's vLLM.
 */
export async function handleGatewayRequest(
  context: GatewayRequestContext,
  gateway: GatewayRef,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  const routes = attachedRoutes(
    context.reader.list(DATA_PLANE_KINDS.httpRoute),
    gateway,
  );
  const match = matchHttpRoute(routes, path);
  if (!match) {
    sendText(
      res,
      404,
      `no HTTPRoute attached to Gateway ${gateway.namespace}/${gateway.name} matches ${path}\n`,
    );
    return;
  }
  const backend = resolveBackend(context.reader, match);
  if ('status' in backend) {
    sendText(res, backend.status, `${backend.message}\n`);
    return;
  }
  const { llmisvc } = backend;
  if (deniedByAuthPolicy(context, gateway, match.route, llmisvc, req, res)) {
    return;
  }
  if (workloadUnavailable(llmisvc, backend.pool)) {
    sendText(res, 503, 'no healthy upstream');
    return;
  }
  await context.vllm.serve(req, res, match.path, servedModel(llmisvc));
}

/**
 * Applies the AuthPolicy that applies to the route (its own, else its Gateway's), unless the model is annotated as served `open`
 * (auth misconfigured); true when the request was denied (answered with 401 or 403 and an empty body).
 */
function deniedByAuthPolicy(
  context: GatewayRequestContext,
  gateway: GatewayRef,
  route: KubeObject,
  llmisvc: KubeObject,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const annotations = llmisvc.metadata.annotations ?? {};
  const rules = effectiveAuthPolicy(context.reader, route, gateway);
  if (!rules || annotations[SIMULATION_ANNOTATIONS.dataPlaneAuth] === 'open') {
    return false;
  }
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  const decision = authorizeModelRequest(
    context,
    rules,
    req.headers.authorization,
    path,
  );
  if (decision.allowed) return false;
  res.writeHead(decision.status, {
    ...(decision.status === 401
      ? { 'WWW-Authenticate': 'Bearer realm="kubernetes-user"' }
      : {}),
    'X-Ext-Auth-Reason': decision.reason,
    'Content-Length': 0,
  });
  res.end();
  return true;
}

/** The model an LLMInferenceService's vLLM serves: `spec.model.name`, else the resource's name. */
function servedModel(llmisvc: KubeObject): ServedModel {
  const model = ((llmisvc.spec as any)?.model ?? {}) as {
    name?: unknown;
    uri?: unknown;
  };
  const name = llmisvc.metadata.name ?? '';
  const created = Date.parse(llmisvc.metadata.creationTimestamp ?? '');
  return {
    namespace: llmisvc.metadata.namespace ?? '',
    name,
    servedModelName:
      typeof model.name === 'string' && model.name ? model.name : name,
    root: typeof model.uri === 'string' ? model.uri : name,
    created: Number.isNaN(created) ? 0 : Math.floor(created / 1000),
  };
}
