import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

/** Where a Gateway receives traffic. */
export interface GatewayEndpoint {
  scheme: 'http' | 'https';
  address: string;
  port?: number;
}

/** The endpoint of a Gateway: HTTPS when it has an HTTPS listener; its port unless the scheme's default. */
export function gatewayEndpoint(
  gateway: KubeObject,
  address: string,
): GatewayEndpoint {
  const listeners: Array<{ protocol?: string; port?: number }> =
    (gateway.spec as any)?.listeners ?? [];
  const https = listeners.find(l => l.protocol === 'HTTPS');
  const listener =
    https ?? listeners.find(l => l.protocol === 'HTTP') ?? listeners[0];
  const scheme = https ? 'https' : 'http';
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port =
    listener?.port !== undefined && listener.port !== defaultPort
      ? listener.port
      : undefined;
  return { scheme, address, port };
}

function urlOf(endpoint: GatewayEndpoint, path: string): string {
  const port = endpoint.port === undefined ? '' : `:${endpoint.port}`;
  return `${endpoint.scheme}://${endpoint.address}${port}${path}`;
}

/**
 * `status.url`, `status.addresses` and `status.router` of an LLMInferenceService routed through `route`
 * (`updateRoutingStatus`, router.go@v0.16.0; router_discovery.go): one URL per parent Gateway with an address,
 * path the route's `/<namespace>/<name>` prefix, sorted; `status.url` the first (KServe ≥ v0.18 promotes an
 * internal address such as 192.168.x when there is no external one). A Gateway without `status.addresses` gives no
 * URL, and that changes no condition. Without a route only `status.router` of a previous pass is kept.
 */
export function routingStatus(
  route: StoredObject | undefined,
  endpoints: ReadonlyMap<string, GatewayEndpoint>,
  previousRouter: unknown,
): Record<string, unknown> {
  if (!route) return previousRouter ? { router: previousRouter } : {};
  const spec = (route.object.spec ?? {}) as {
    rules?: Array<{ matches?: Array<{ path?: { value?: string } }> }>;
  };
  const paths = (spec.rules ?? [])
    .flatMap(rule => rule.matches ?? [])
    .map(match => match.path?.value ?? '/')
    .sort((a, b) => a.length - b.length);
  const path = paths[0] ?? '/';
  const urls = [...endpoints.values()].map(e => urlOf(e, path)).sort();
  const router = {
    gateways: [...new Set(routeParents(route))].map(key => {
      const slash = key.indexOf('/');
      return {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: key.slice(0, slash),
        name: key.slice(slash + 1),
        httpRoutes: [
          {
            group: 'gateway.networking.k8s.io',
            kind: 'HTTPRoute',
            namespace: route.namespace,
            name: route.name,
          },
        ],
      };
    }),
  };
  if (!urls.length) return { router };
  return {
    url: urls[0],
    addresses: urls.map(url => ({ name: 'gateway-external', url })),
    router,
  };
}

function routeParents(route: StoredObject): string[] {
  const refs = ((route.object.spec as any)?.parentRefs ?? []) as Array<{
    namespace?: string;
    name: string;
  }>;
  return refs.map(ref => `${ref.namespace ?? route.namespace}/${ref.name}`);
}
