import { ApiException } from '@kubernetes/client-node';
import { redact } from './redact';
import { statusCodeOf } from './statusCodeOf';

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
