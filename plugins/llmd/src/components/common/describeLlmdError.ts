import { ResponseError } from '@backstage/errors';

/** What an error state tells the user. */
export interface LlmdErrorDescription {
  readonly title: string;
  readonly message: string;
  /** Retrying may help (a network or server problem rather than a refusal). */
  readonly retryable: boolean;
}

/**
 * Turns a failed backend call into words: a refusal (403), a missing model (404) and an unreachable backend or
 * cluster (5xx, network) each get their own explanation instead of a raw status line.
 */
export function describeLlmdError(
  error: Error,
  what: string,
): LlmdErrorDescription {
  const status =
    error instanceof ResponseError ? error.response.status : undefined;
  const detail =
    error instanceof ResponseError ? error.body?.error?.message : undefined;
  const message = detail ?? error.message;
  if (status === 401 || status === 403) {
    return {
      title: 'Permission denied',
      message: `You are not allowed to ${what}. ${message}`,
      retryable: false,
    };
  }
  if (status === 404) {
    return { title: 'Not found', message, retryable: false };
  }
  if (status === 400) {
    return { title: 'Request refused', message, retryable: false };
  }
  return {
    title: `Could not ${what}`,
    message:
      status === undefined
        ? `The llm-d backend did not answer: ${message}`
        : message,
    retryable: true,
  };
}
