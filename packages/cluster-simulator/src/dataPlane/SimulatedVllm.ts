import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../httpExchange';
import { StatusError } from '../StatusError';
import { countTokens, completeText } from './completionText';
import { completionBody, ResponseHeader, usageOf } from './completionBodies';
import {
  CompletionEndpoint,
  CompletionRequest,
  parseCompletionRequest,
} from './parseCompletionRequest';
import { sendOpenAiError } from './sendOpenAiError';
import { ServedModelRef, ServingStats } from './ServingStats';
import type { ModelPods } from './podNetwork/simulatedPods';
import { PodMetricsModel } from './metrics/PodMetrics';
import { StartedRequest } from './metrics/InFlightRequest';
import { streamCompletion } from './streamCompletion';
import { generationDelay, GenerationTiming } from './generationTiming';

/** The model an LLMInferenceService serves, as its vLLM pods know it. */
export interface ServedModel extends ServedModelRef {
  /** `spec.model.uri`, reported as the model's root. */
  root: string;
  /** Creation time of the LLMInferenceService in Unix seconds. */
  created: number;
  /** The pods serving it, whose metrics count its requests; without, only the per-model stats do. */
  pods?: ModelPods;
}

/** The model with its pods, when it has them. */
function withPods(model: ServedModel): PodMetricsModel | undefined {
  return model.pods ? { ...model, pods: model.pods } : undefined;
}

const ENDPOINTS: Record<string, CompletionEndpoint> = {
  '/v1/completions': 'completions',
  '/v1/chat/completions': 'chat',
};

/**
 * The OpenAI-compatible server of vLLM behind a model's InferencePool: `/v1/models`, `/v1/completions`,
 * `/v1/chat/completions` (JSON or SSE stream) and `/health`, generating deterministic text and counting what it
 * serves in {@link ServingStats}.
 */
export class SimulatedVllm {
  constructor(
    private readonly stats: ServingStats,
    private readonly timing: GenerationTiming,
  ) {}

  /** Serves one request whose path the Gateway has already rewritten (e.g. `/v1/models`). */
  async serve(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    model: ServedModel,
  ): Promise<void> {
    const endpoint = ENDPOINTS[path];
    if (path === '/health' || path === '/v1/models') {
      if (req.method !== 'GET') {
        sendJson(res, 405, { detail: 'Method Not Allowed' });
      } else if (path === '/health') {
        res.writeHead(200, { 'Content-Length': 0 }).end();
      } else {
        const podModel = withPods(model);
        if (podModel) this.stats.pods.countHttp(podModel, path, 'GET', 200);
        sendJson(res, 200, modelList(model));
      }
    } else if (!endpoint) {
      sendJson(res, 404, { detail: 'Not Found' });
    } else if (req.method !== 'POST') {
      sendJson(res, 405, { detail: 'Method Not Allowed' });
    } else {
      await this.complete(req, res, endpoint, model, path);
    }
  }

  private async complete(
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: CompletionEndpoint,
    model: ServedModel,
    handler: string,
  ): Promise<void> {
    const arrivedAt = Date.now();
    const request = await this.acceptedRequest(req, res, endpoint, model);
    const podModel = withPods(model);
    if (!request) {
      if (podModel)
        this.stats.pods.countRefused(podModel, handler, res.statusCode);
      return;
    }
    const completion = completeText(
      request.promptText,
      request.maxTokens ?? Number.MAX_SAFE_INTEGER,
    );
    const usage = usageOf(
      countTokens(request.promptText),
      completion.tokens.length,
    );
    const inFlight =
      podModel &&
      this.stats.pods.start(
        podModel,
        startedRequest(handler, request, usage.completion_tokens),
      );
    const header = responseHeader(endpoint, arrivedAt, model);
    let firstTokenAt: number | undefined;
    try {
      firstTokenAt = await this.generate(
        res,
        request,
        header,
        completion,
        usage,
      );
    } finally {
      // The client went away (or writing failed): the pods count an abort, not a request in flight forever.
      if (firstTokenAt === undefined) inFlight?.abort();
    }
    if (firstTokenAt === undefined) return;
    const finishedAt = Date.now();
    const outcome = {
      ttftSeconds: (firstTokenAt - arrivedAt) / 1000,
      e2eSeconds: (finishedAt - arrivedAt) / 1000,
      finishedReason: completion.finishReason,
    };
    inFlight?.finish(outcome);
    this.stats.recordServed(model, {
      promptTokens: usage.prompt_tokens,
      generationTokens: usage.completion_tokens,
      ...outcome,
      finishedAt,
    });
  }

  /**
   * The parsed request, or undefined after answering as vLLM does: 400 for a bad body, 404 when it names another
   * model.
   */
  private async acceptedRequest(
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: CompletionEndpoint,
    model: ServedModel,
  ): Promise<CompletionRequest | undefined> {
    let request: CompletionRequest;
    try {
      request = parseCompletionRequest(endpoint, await readBody(req));
    } catch (e) {
      // A body over the size limit is a StatusError 413; anything else wrong with it is the client's 400.
      const status = e instanceof StatusError ? e.code : 400;
      this.stats.recordError(model, status);
      sendOpenAiError(res, status, (e as Error).message);
      return undefined;
    }
    if (
      request.model !== undefined &&
      request.model !== model.servedModelName
    ) {
      this.stats.recordError(model, 404);
      const message = `The model \`${request.model}\` does not exist.`;
      sendOpenAiError(res, 404, message, 'model');
      return undefined;
    }
    return request;
  }

  /** Streams or sends the completion; resolves with the first token's time, undefined when the client went away. */
  private generate(
    res: ServerResponse,
    request: CompletionRequest,
    header: ResponseHeader,
    completion: ReturnType<typeof completeText>,
    usage: ReturnType<typeof usageOf>,
  ): Promise<number | undefined> {
    return request.stream
      ? streamCompletion(res, header, completion, {
          usage: request.includeUsage ? usage : undefined,
          timing: this.timing,
        })
      : this.respondWhole(res, header, completion, usage);
  }

  /** Waits as long as generating would take, then sends the whole body; resolves with the first token's time. */
  private async respondWhole(
    res: ServerResponse,
    header: ResponseHeader,
    completion: ReturnType<typeof completeText>,
    usage: ReturnType<typeof usageOf>,
  ): Promise<number> {
    const { firstTokenMs, interTokenMs } = this.timing;
    const firstTokenAt = Date.now() + firstTokenMs;
    const generationMs =
      firstTokenMs + interTokenMs * Math.max(0, completion.tokens.length - 1);
    await generationDelay(generationMs);
    sendJson(res, 200, completionBody(header, completion, usage));
    return firstTokenAt;
  }
}

/** The id, creation time and model every response (or chunk) of a completion carries. */
function responseHeader(
  endpoint: CompletionEndpoint,
  arrivedAt: number,
  model: ServedModel,
): ResponseHeader {
  const prefix = endpoint === 'chat' ? 'chatcmpl' : 'cmpl';
  return {
    endpoint,
    id: `${prefix}-${randomUUID().replace(/-/g, '')}`,
    created: Math.floor(arrivedAt / 1000),
    model: model.servedModelName,
  };
}

/** A request as the pod metrics see it start: the prompt's tokens as the simulated model counts them (words). */
function startedRequest(
  handler: string,
  request: CompletionRequest,
  generationTokens: number,
): StartedRequest {
  const prompt = request.promptText.trim();
  return {
    handler,
    promptWords: prompt ? prompt.split(/\s+/) : [],
    generationTokens,
    maxTokens: request.maxTokens,
  };
}

/** The body of `GET /v1/models`: the one served model, as vLLM lists it. */
function modelList(model: ServedModel) {
  return {
    object: 'list',
    data: [
      {
        id: model.servedModelName,
        object: 'model',
        created: model.created,
        owned_by: 'vllm',
        root: model.root,
        parent: null,
        max_model_len: 4096,
        permission: [],
      },
    ],
  };
}
