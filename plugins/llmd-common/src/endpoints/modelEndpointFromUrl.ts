import type { ModelEndpoint, ModelEndpointSource } from '../api';

/** Hosts that only resolve inside the cluster. */
const CLUSTER_LOCAL_HOST = /\.svc(\.cluster\.local)?$|\.cluster\.local$/;

/**
 * Turns a published or derived URL into an endpoint with the OpenAI paths. The path is normalised to
 * `/<namespace>/<name>/v1`: anything from a `/v1` segment on is cut off, and a bare gateway address (no path, as some
 * controller versions publish in `status.addresses`) gets the model's path prefix, because requests without it hit
 * no route and answer 404.
 *
 * @returns undefined for URLs that are not http(s)
 */
export function modelEndpointFromUrl(
  rawUrl: string,
  model: { readonly namespace: string; readonly name: string },
  source: ModelEndpointSource,
  addressName?: string,
): ModelEndpoint | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  let path = url.pathname.replace(/\/+$/, '');
  const v1 = path.search(/\/v1(\/|$)/);
  if (v1 >= 0) path = path.slice(0, v1);
  if (path === '') path = `/${model.namespace}/${model.name}`;
  const baseUrl = `${url.protocol}//${url.host}${path}/v1`;
  return {
    baseUrl,
    chat: `${baseUrl}/chat/completions`,
    completions: `${baseUrl}/completions`,
    models: `${baseUrl}/models`,
    source,
    ...(addressName && { name: addressName }),
    internal:
      CLUSTER_LOCAL_HOST.test(url.hostname) ||
      /internal/i.test(addressName ?? ''),
  };
}
