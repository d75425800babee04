import { IncomingMessage, ServerResponse } from 'node:http';
import { ReviewContext } from '../reviews';
import { SIMULATION_ANNOTATIONS } from '../simulationAnnotations';
import { KubeObject } from '../types';
import { attachedRoutes, GatewayRef } from './attachedRoutes';
import { authorizeModelRequest } from './authorizeModelRequest';
import { effectiveAuthPolicy } from './effectiveAuthPolicy';
import { matchHttpRoute } from './matchHttpRoute';
import { modelPods } from './podNetwork/simulatedPods';
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
 * backend (500 when it does not resolve), ready pods (else 503), then the model's vLLM.
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
  // Kuadrant's filter runs before the upstream is chosen: an unauthorised client learns nothing of the backend.
  const backend = resolveBackend(context.reader, match);
  const llmisvc = 'llmisvc' in backend ? backend.llmisvc : undefined;
  if (
    deniedByAuthPolicy(
      context,
      { gateway, route: match.route, llmisvc, path },
      req,
      res,
    )
  ) {
    return;
  }
  if ('status' in backend) {
    sendText(res, backend.status, `${backend.message}\n`);
    return;
  }
  if (workloadUnavailable(backend.llmisvc, backend.pool)) {
    sendText(res, 503, 'no healthy upstream');
    return;
  }
  await context.vllm.serve(req, res, match.path, servedModel(backend.llmisvc));
}

/** What the AuthPolicy check looks at besides the request's headers. */
interface AuthTarget {
  gateway: GatewayRef;
  route: KubeObject;
  /** The model behind the route, when its backend resolves. */
  llmisvc?: KubeObject;
  /** The request's path, before any rewrite. */
  path: string;
}

/**
 * Applies the AuthPolicy of the route (its own, else its Gateway's) unless the model is annotated as served `open`
 * (auth misconfigured); true when the request was denied (answered 401 or 403 with an empty body).
 */
function deniedByAuthPolicy(
  context: GatewayRequestContext,
  { gateway, route, llmisvc, path }: AuthTarget,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const annotations = llmisvc?.metadata.annotations ?? {};
  const rules = effectiveAuthPolicy(context.reader, route, gateway);
  if (!rules || annotations[SIMULATION_ANNOTATIONS.dataPlaneAuth] === 'open') {
    return false;
  }
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

/** The model an LLMInferenceService's vLLM serves (`spec.model.name`, else the resource's name) and its pods. */
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
    pods: modelPods(llmisvc),
  };
}
