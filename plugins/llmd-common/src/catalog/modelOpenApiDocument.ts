import { stringify } from 'yaml';
import type { CatalogJsonObject } from './catalogEntity';
import { escapeMarkdown } from './escapeMarkdown';
import { openAiSchemas } from './openAiSchemas';

/**
 * One server of the document: an endpoint base URL (`.../<namespace>/<name>/v1`) and where it is.
 *
 * @public
 */
export interface OpenApiServer {
  readonly url: string;
  readonly description?: string;
}

/**
 * Input of `modelOpenApiDocument`.
 *
 * @public
 */
export interface ModelOpenApiInput {
  /** Human-readable name of the model service. */
  readonly title: string;
  readonly namespace: string;
  readonly name: string;
  /** The model name clients send as `model`. */
  readonly servedModelName: string;
  /** The model's endpoints; none while the controller has not published one. */
  readonly servers: readonly OpenApiServer[];
  /** Clients need a bearer token (the gateway's AuthPolicy is on). */
  readonly authEnabled: boolean;
}

const json = (schema: string) => ({
  'application/json': {
    schema: { $ref: `#/components/schemas/${schema}` },
  },
});

function errorResponses(authEnabled: boolean): CatalogJsonObject {
  const error = (description: string) => ({
    description,
    content: json('Error'),
  });
  return {
    ...(authEnabled && {
      '401': error('Missing or invalid token.'),
      '403': error('The token may not use this model service.'),
    }),
    '400': error('The request is invalid.'),
  };
}

function completionOperation(
  operationId: string,
  summary: string,
  request: string,
  response: string,
  authEnabled: boolean,
): CatalogJsonObject {
  return {
    post: {
      operationId,
      summary,
      description:
        'Routed by the llm-d endpoint picker (EPP) to the best-suited model server replica.',
      requestBody: { required: true, content: json(request) },
      responses: {
        '200': {
          description:
            'The completion; with `stream: true` server-sent events.',
          content: {
            ...json(response),
            'text/event-stream': { schema: { type: 'string' } },
          },
        },
        ...errorResponses(authEnabled),
      },
    },
  };
}

function infoOf(input: ModelOpenApiInput): CatalogJsonObject {
  const auth = input.authEnabled
    ? 'Requests need a bearer token: a Kubernetes service account token allowed to `get` this LLMInferenceService (mint one on the entity page).'
    : 'Auth is off: the gateway admits requests without a token.';
  const noServers =
    input.servers.length === 0
      ? ' No endpoint is published yet (the model is not reconciled or has no Gateway address).'
      : '';
  return {
    // cluster-sourced values escaped: API viewers render info as Markdown; a code span could not hold a backtick
    title: `${escapeMarkdown(input.title)} (OpenAI-compatible API)`,
    version: 'v1',
    description: `OpenAI-compatible inference API of the llm-d model service ${escapeMarkdown(
      `${input.namespace}/${input.name}`,
    )}, serving ${escapeMarkdown(input.servedModelName)}. ${auth}${noServers}`,
  };
}

function pathsOf(authEnabled: boolean): CatalogJsonObject {
  return {
    '/chat/completions': completionOperation(
      'createChatCompletion',
      'Chat completion',
      'ChatCompletionRequest',
      'ChatCompletionResponse',
      authEnabled,
    ),
    '/completions': completionOperation(
      'createCompletion',
      'Text completion',
      'CompletionRequest',
      'CompletionResponse',
      authEnabled,
    ),
    '/models': {
      get: {
        operationId: 'listModels',
        summary: 'The served models',
        description:
          'Answered by the model server directly (not routed by the EPP).',
        responses: {
          '200': {
            description: 'The served models.',
            content: json('ModelList'),
          },
          ...errorResponses(authEnabled),
        },
      },
    },
  };
}

const BEARER_AUTH: CatalogJsonObject = {
  type: 'http',
  scheme: 'bearer',
  description:
    'A Kubernetes service account token (TokenRequest API) the gateway checks with a TokenReview and a SubjectAccessReview.',
};

/**
 * The OpenAPI 3.0 document of a model service's OpenAI-compatible API: `POST /chat/completions`,
 * `POST /completions` and `GET /models` under each endpoint (servers end in `/v1`, as OpenAI's base URL does), with
 * a bearer token security scheme when auth is on.
 */
export function modelOpenApiDocument(
  input: ModelOpenApiInput,
): CatalogJsonObject {
  return {
    openapi: '3.0.3',
    info: infoOf(input),
    ...(input.servers.length > 0 && {
      servers: input.servers.map(s => ({
        url: s.url,
        ...(s.description && { description: s.description }),
      })),
    }),
    ...(input.authEnabled && { security: [{ bearerAuth: [] }] }),
    paths: pathsOf(input.authEnabled),
    components: {
      schemas: openAiSchemas(input.servedModelName),
      ...(input.authEnabled && {
        securitySchemes: { bearerAuth: BEARER_AUTH },
      }),
    },
  };
}

/**
 * `modelOpenApiDocument` as YAML text, what an `openapi` API entity carries in `spec.definition`.
 *
 * @public
 */
export function modelOpenApiDefinition(input: ModelOpenApiInput): string {
  // No anchors/aliases: shared sub-objects are written out, as API viewers expect.
  return stringify(modelOpenApiDocument(input), {
    aliasDuplicateObjects: false,
  });
}
