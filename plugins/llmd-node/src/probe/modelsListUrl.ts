/**
 * The URL an active probe requests: `<endpoint>/v1/models`. A model's endpoint base URL (`ModelEndpoint.baseUrl`)
 * already ends in `/v1`, a Gateway root or a bare `status.url` does not; neither gets a doubled `/v1`.
 *
 * @public
 */
export function modelsListUrl(endpoint: string): string {
  const url = new URL(endpoint);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = /\/v1$/.test(path) ? `${path}/models` : `${path}/v1/models`;
  url.search = '';
  url.hash = '';
  return url.toString();
}
