/**
 * A failed probe request in words: what an operator acts on (timeout, refused, TLS), without the URL's query or
 * any header — nothing that could carry a credential.
 */
export function probeRequestError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: unknown };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (err?.cause ?? err) as { code?: string; message?: string };
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused: nothing listens at the endpoint address';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host name not found: the endpoint host does not resolve from the portal';
    case 'ECONNRESET':
      return 'connection reset by the gateway';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable from the portal';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `no connection within ${timeoutMs} ms`;
    default:
      break;
  }
  if (
    typeof cause?.code === 'string' &&
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(cause.code)
  ) {
    return `TLS: ${cause.code} (set probe.caData to the gateway's CA, or probe.skipTLSVerify in development)`;
  }
  return `request failed: ${
    cause?.code ?? cause?.message ?? err?.message ?? 'unknown error'
  }`;
}
