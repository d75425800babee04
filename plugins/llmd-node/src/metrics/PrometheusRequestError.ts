/**
 * A Prometheus request that failed, described in words an operator acts on: who answered what, or why nothing
 * answered. Never carries the token, the query string or a response body beyond Prometheus' own error text.
 *
 * @public
 */
export class PrometheusRequestError extends Error {
  override readonly name = 'PrometheusRequestError';
  /** The HTTP status Prometheus answered, when it answered. */
  readonly status?: number;

  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/** Why no answer came: timeout, refused, name, TLS. */
export function unreachableMessage(
  base: string,
  error: unknown,
  timeoutMs: number,
): string {
  const err = error as { name?: string; message?: string; cause?: unknown };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return `Prometheus at ${base} did not answer within ${timeoutMs} ms`;
  }
  const cause = (err?.cause ?? err) as { code?: string; message?: string };
  const reason: Record<string, string> = {
    ECONNREFUSED: 'connection refused (nothing listens there)',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name not found',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'host unreachable',
    UND_ERR_CONNECT_TIMEOUT: `no connection within ${timeoutMs} ms`,
    UND_ERR_SOCKET: 'connection closed before the answer',
  };
  const code = cause?.code;
  if (code && reason[code]) {
    return `Prometheus at ${base} could not be reached: ${reason[code]}`;
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return `Prometheus at ${base} could not be reached: TLS ${code} (set metrics.caData to its CA, or metrics.skipTLSVerify in development)`;
  }
  return `Prometheus at ${base} could not be reached: ${
    code ?? cause?.message ?? err?.message ?? 'unknown error'
  }`;
}

/** What a refusal means, for the statuses with a typical cause. */
export function statusHint(status: number, namespaceTenancy: boolean): string {
  if (status === 401) {
    return ' (the token in llmd.clusters[].metrics.auth is missing or not accepted)';
  }
  if (status === 403) {
    return namespaceTenancy
      ? " (the token may not `get pods` in this namespace, which the Thanos querier's tenancy port requires)"
      : ' (the token lacks access; the Thanos querier port 9091 needs cluster-monitoring-view)';
  }
  return '';
}
