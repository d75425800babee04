import type { CatalogJsonObject } from './catalogEntity';

/*
 * The OpenAI-compatible request and response shapes vLLM serves, reduced to the fields clients commonly use (vLLM
 * accepts many more; `additionalProperties` stays open so the document does not claim otherwise).
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const usage: CatalogJsonObject = {
  type: 'object',
  properties: {
    prompt_tokens: { type: 'integer' },
    completion_tokens: { type: 'integer' },
    total_tokens: { type: 'integer' },
  },
};

/** Sampling fields shared by chat and text completions. */
const sampling: CatalogJsonObject = {
  max_tokens: { type: 'integer', minimum: 1 },
  temperature: { type: 'number', minimum: 0, maximum: 2 },
  top_p: { type: 'number', minimum: 0, maximum: 1 },
  n: { type: 'integer', minimum: 1 },
  stop: {
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  },
  stream: {
    type: 'boolean',
    description: 'Stream the answer as server-sent events.',
  },
};

/** A (chat) completion response: the envelope is shared, each choice carries `content`. */
function completionResponse(
  object: string,
  content: CatalogJsonObject,
): CatalogJsonObject {
  return {
    type: 'object',
    properties: {
      id: { type: 'string' },
      object: { type: 'string', example: object },
      created: { type: 'integer' },
      model: { type: 'string' },
      choices: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            index: { type: 'integer' },
            ...content,
            finish_reason: { type: 'string', nullable: true },
          },
        },
      },
      usage,
    },
  };
}

const CHAT_MESSAGE: CatalogJsonObject = {
  type: 'object',
  required: ['role', 'content'],
  properties: {
    role: { type: 'string', enum: ['system', 'user', 'assistant', 'tool'] },
    content: { type: 'string' },
  },
};

const ERROR: CatalogJsonObject = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        message: { type: 'string' },
        type: { type: 'string' },
        code: { type: 'integer', nullable: true },
      },
    },
  },
};

/** The `model` field of a request, with the served model name as its example. */
function modelField(modelName: string): CatalogJsonObject {
  return {
    type: 'string',
    description: 'The served model name.',
    example: modelName,
  };
}

function chatCompletionRequest(modelName: string): CatalogJsonObject {
  return {
    type: 'object',
    required: ['model', 'messages'],
    properties: {
      model: modelField(modelName),
      messages: { type: 'array', minItems: 1, items: ref('ChatMessage') },
      ...sampling,
    },
  };
}

function completionRequest(modelName: string): CatalogJsonObject {
  return {
    type: 'object',
    required: ['model', 'prompt'],
    properties: {
      model: modelField(modelName),
      prompt: {
        oneOf: [
          { type: 'string' },
          { type: 'array', items: { type: 'string' } },
        ],
      },
      ...sampling,
    },
  };
}

function modelList(modelName: string): CatalogJsonObject {
  return {
    type: 'object',
    properties: {
      object: { type: 'string', example: 'list' },
      data: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', example: modelName },
            object: { type: 'string', example: 'model' },
            created: { type: 'integer' },
            owned_by: { type: 'string' },
          },
        },
      },
    },
  };
}

/**
 * `components.schemas` of the model APIs.
 *
 * @param modelName - the served model name, given as the example of `model`
 */
export function openAiSchemas(modelName: string): CatalogJsonObject {
  return {
    ChatMessage: CHAT_MESSAGE,
    ChatCompletionRequest: chatCompletionRequest(modelName),
    ChatCompletionResponse: completionResponse('chat.completion', {
      message: ref('ChatMessage'),
    }),
    CompletionRequest: completionRequest(modelName),
    CompletionResponse: completionResponse('text_completion', {
      text: { type: 'string' },
    }),
    ModelList: modelList(modelName),
    Error: ERROR,
  };
}
