import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';

/** A listener protocol clients can speak HTTP over, with its default port. */
const HTTP_PROTOCOLS: Readonly<
  Record<string, { scheme: string; port: number }>
> = {
  HTTPS: { scheme: 'https', port: 443 },
  HTTP: { scheme: 'http', port: 80 },
};

function hostOf(value: string): string {
  // IPv6 literals need brackets in URLs
  return value.includes(':') && !value.startsWith('[') ? `[${value}]` : value;
}

/**
 * Root URLs (`scheme://host[:port]`) clients reach a Gateway at: per HTTP(S) listener (only `sectionName` when given,
 * HTTPS first) the listener's own host name when it is a concrete one (the Gateway routes on the Host header), else
 * every address in `status.addresses`. Empty while the Gateway has no address.
 *
 * @public
 */
export function gatewayRootUrls(
  gateway: KubeObjectLike,
  sectionName?: string,
): string[] {
  const addresses = objectsAt(gateway, 'status', 'addresses')
    .filter(a => {
      const type = stringAt(a, 'type');
      return type === undefined || type === 'IPAddress' || type === 'Hostname';
    })
    .flatMap(a => stringAt(a, 'value') ?? []);
  const listeners = objectsAt(gateway, 'spec', 'listeners')
    .filter(l => !sectionName || l.name === sectionName)
    .flatMap(l => {
      const protocol = HTTP_PROTOCOLS[stringAt(l, 'protocol') ?? ''];
      return protocol ? [{ listener: l, ...protocol }] : [];
    })
    // HTTPS listeners first (a stable sort keeps the listener order otherwise)
    .sort(
      (a, b) => Number(b.scheme === 'https') - Number(a.scheme === 'https'),
    );
  const urls = listeners.flatMap(({ listener, scheme, port }) => {
    const listenerPort =
      typeof listener.port === 'number' ? listener.port : port;
    const suffix = listenerPort === port ? '' : `:${listenerPort}`;
    const hostname = stringAt(listener, 'hostname');
    const hosts = hostname && !hostname.includes('*') ? [hostname] : addresses;
    return hosts.map(host => `${scheme}://${hostOf(host)}${suffix}`);
  });
  return [...new Set(urls)];
}
