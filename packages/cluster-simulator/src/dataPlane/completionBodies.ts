import { Completion } from './completionText';
import { CompletionEndpoint } from './parseCompletionRequest';

/** The `usage` object of vLLM's responses. */
export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** What every body of one response shares: its id, creation time and model. */
export interface ResponseHeader {
  endpoint: CompletionEndpoint;
  id: string;
  created: number;
  model: string;
}

export function usageOf(promptTokens: number, completionTokens: number): Usage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

/** The body of a non-streamed completion (`text_completion` or `chat.completion`). */
export function completionBody(
  header: ResponseHeader,
  completion: Completion,
  usage: Usage,
): Record<string, unknown> {
  const text = completion.tokens.join('');
  const choice =
    header.endpoint === 'chat'
      ? {
          index: 0,
          message: { role: 'assistant', content: text, tool_calls: [] },
          logprobs: null,
          finish_reason: completion.finishReason,
          stop_reason: null,
        }
      : {
          index: 0,
          text,
          logprobs: null,
          finish_reason: completion.finishReason,
          stop_reason: null,
        };
  return { ...base(header, false), choices: [choice], usage };
}

/**
 * One chunk of a streamed completion: the role announcement (chat, before the first token), a token, or the last
 * one with the finish reason and no text.
 */
export function chunkBody(
  header: ResponseHeader,
  piece: { role: true } | { token: string } | { finishReason: string },
): Record<string, unknown> {
  const finishReason = 'finishReason' in piece ? piece.finishReason : null;
  const text = 'token' in piece ? piece.token : '';
  const choice =
    header.endpoint === 'chat'
      ? {
          index: 0,
          delta: chatDelta(piece),
          logprobs: null,
          finish_reason: finishReason,
        }
      : { index: 0, text, logprobs: null, finish_reason: finishReason };
  return { ...base(header, true), choices: [choice] };
}

/** The `delta` of a chat chunk: the role first, then a token each, nothing in the last one. */
function chatDelta(
  piece: { role: true } | { token: string } | { finishReason: string },
): Record<string, string> {
  if ('role' in piece) return { role: 'assistant', content: '' };
  return 'token' in piece ? { content: piece.token } : {};
}

/** The last chunk of a stream with `stream_options.include_usage`: no choices, the usage. */
export function usageChunkBody(
  header: ResponseHeader,
  usage: Usage,
): Record<string, unknown> {
  return { ...base(header, true), choices: [], usage };
}

function base(header: ResponseHeader, chunk: boolean) {
  let object = 'text_completion';
  if (header.endpoint === 'chat') {
    object = chunk ? 'chat.completion.chunk' : 'chat.completion';
  }
  return {
    id: header.id,
    object,
    created: header.created,
    model: header.model,
  };
}
