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
