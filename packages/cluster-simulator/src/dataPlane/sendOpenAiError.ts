import { ServerResponse } from 'node:http';
import { sendJson } from '../httpExchange';

const ERROR_TYPES: Record<number, string> = {
  400: 'BadRequestError',
  404: 'NotFoundError',
  405: 'MethodNotAllowed',
  413: 'RequestEntityTooLarge',
};

/** An error as vLLM's OpenAI-compatible server reports it: `{error: {message, type, param, code}}`. */
export function sendOpenAiError(
  res: ServerResponse,
  status: number,
  message: string,
  param: string | null = null,
): void {
  sendJson(res, status, {
    error: {
      message,
      type: ERROR_TYPES[status] ?? 'InternalServerError',
      param,
      code: status,
    },
  });
}
