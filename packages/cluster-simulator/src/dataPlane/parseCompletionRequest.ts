/** The endpoints of the simulated vLLM that generate text. */
export type CompletionEndpoint = 'completions' | 'chat';

/** A completion request, validated as far as the simulated vLLM cares. */
export interface CompletionRequest {
  endpoint: CompletionEndpoint;
  /** The requested model; undefined lets vLLM pick its only served model. */
  model?: string;
  /** The prompt text (chat: the messages' contents, one per line). */
  promptText: string;
  /** Upper bound of generated tokens; undefined = as many as the model wants. */
  maxTokens?: number;
  stream: boolean;
  /** `stream_options.include_usage`: a last chunk with the usage. */
  includeUsage: boolean;
}

/** A request vLLM refuses with 400, with the message it gives. */
class BadCompletionRequest extends Error {}

/** vLLM's default `max_tokens` of the legacy completions endpoint. */
const COMPLETIONS_DEFAULT_MAX_TOKENS = 16;

/**
 * Parses the JSON body of `/v1/completions` or `/v1/chat/completions`.
 *
 * @throws BadCompletionRequest for a body that is not JSON or misses what the endpoint needs
 */
export function parseCompletionRequest(
  endpoint: CompletionEndpoint,
  text: string,
): CompletionRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new BadCompletionRequest(
      `the request body is not valid JSON: ${(e as Error).message}`,
    );
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadCompletionRequest('the request body must be a JSON object');
  }
  const fields = body as Record<string, unknown>;
  if (fields.model !== undefined && typeof fields.model !== 'string') {
    throw new BadCompletionRequest('model: expected a string');
  }
  return {
    endpoint,
    model: fields.model as string | undefined,
    promptText:
      endpoint === 'chat' ? messagesText(fields.messages) : promptOf(fields),
    maxTokens: maxTokensOf(endpoint, fields),
    stream: fields.stream === true,
    includeUsage:
      (fields.stream_options as { include_usage?: unknown } | undefined)
        ?.include_usage === true,
  };
}

function promptOf(fields: Record<string, unknown>): string {
  const prompt = fields.prompt;
  if (typeof prompt === 'string') return prompt;
  if (
    Array.isArray(prompt) &&
    prompt.length > 0 &&
    prompt.every(p => typeof p === 'string')
  ) {
    return prompt.join('\n');
  }
  throw new BadCompletionRequest(
    'prompt: expected a string or a non-empty list of strings',
  );
}

/** The text of chat messages: string contents and the `text` parts of content lists. */
function messagesText(messages: unknown): string {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new BadCompletionRequest('messages: expected a non-empty list');
  }
  return messages
    .map((message, i) => {
      const content = (message as { content?: unknown } | null)?.content;
      if (typeof content === 'string') return content;
      if (Array.isArray(content)) {
        return content
          .map(part => (part as { text?: unknown })?.text)
          .filter(text => typeof text === 'string')
          .join(' ');
      }
      throw new BadCompletionRequest(
        `messages[${i}].content: expected a string or a list of content parts`,
      );
    })
    .join('\n');
}

function maxTokensOf(
  endpoint: CompletionEndpoint,
  fields: Record<string, unknown>,
): number | undefined {
  const given = fields.max_completion_tokens ?? fields.max_tokens;
  if (given === undefined || given === null) {
    return endpoint === 'completions'
      ? COMPLETIONS_DEFAULT_MAX_TOKENS
      : undefined;
  }
  if (typeof given !== 'number' || !Number.isInteger(given) || given < 1) {
    throw new BadCompletionRequest(
      `max_tokens must be at least 1, got ${JSON.stringify(given)}`,
    );
  }
  return given;
}
