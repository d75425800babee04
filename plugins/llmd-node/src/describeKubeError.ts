import { ApiException } from '@kubernetes/client-node';

/** An HTTP status reported inside a watch stream (an `ERROR` event carrying a `Status`). */
export class KubeStatusError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'KubeStatusError';
  }
}

/**
 * The HTTP status of an error from client-node: `ApiException.code` for API calls, `statusCode` for watch
 * responses, undefined for network errors (whose `code` is a string such as `ECONNREFUSED`).
 */
export function statusCodeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const { code, statusCode } = error as {
    code?: unknown;
    statusCode?: unknown;
  };
  if (typeof code === 'number') {
    return code;
  }
  if (typeof statusCode === 'number') {
    return statusCode;
  }
  return undefined;
}

const MAX_LENGTH = 400;

/**
 * A one-line description of a Kubernetes client error that is safe to show in health and logs.
 *
 * `ApiException.message` embeds the whole response (body and headers), so it is rebuilt from the status and the
 * `Status.message` only. Every known secret, `Authorization` values and URL credentials are redacted as a second
 * line of defence.
 */
export function describeKubeError(
  error: unknown,
  secrets: readonly string[] = [],
): string {
  let text: string;
  const status = statusCodeOf(error);
  if (error instanceof ApiException) {
    const detail = statusMessage(error.body);
    text = `HTTP ${error.code}${detail ? `: ${detail}` : ''}`;
  } else if (error instanceof Error) {
    text =
      status !== undefined && !error.message.startsWith('HTTP ')
        ? `HTTP ${status}: ${error.message}`
        : error.message;
  } else {
    text = String(error);
  }
  return redact(text, secrets).slice(0, MAX_LENGTH);
}

function statusMessage(body: unknown): string | undefined {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return body.trim().split('\n')[0] || undefined;
    }
  }
  if (typeof parsed === 'object' && parsed !== null) {
    const { message, reason } = parsed as {
      message?: unknown;
      reason?: unknown;
    };
    if (typeof message === 'string' && message) {
      return message;
    }
    if (typeof reason === 'string' && reason) {
      return reason;
    }
  }
  return undefined;
}

/** Replaces secrets, bearer/basic credentials and URL user info in a text. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    // Very short strings would redact ordinary words; real tokens are long.
    if (secret.length >= 8) {
      result = result.split(secret).join('[redacted]');
    }
  }
  return result
    .replace(/\b(Bearer|Basic)\s+[^\s"',]+/gi, '$1 [redacted]')
    .replace(/(\w+:\/\/)[^/\s@]+@/g, '$1[redacted]@');
}
