/** IPv4 private ranges (RFC 1918), as Go's net.IP.IsPrivate. */
function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (
    parts.length !== 4 ||
    parts.some(p => !Number.isInteger(p) || p < 0 || p > 255)
  )
    return false;
  const [a, b] = parts;
  return (
    a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
  );
}

/** IPv6 unique local addresses (fc00::/7), as Go's net.IP.IsPrivate. */
function isPrivateIpv6(host: string): boolean {
  return /^\[?f[cd][0-9a-f]{2}:/i.test(host);
}

/**
 * Whether a URL only works inside the cluster, classified as KServe does (`IsInternalURL` in
 * router_discovery_filter.go): a private IP, or a host ending in the cluster domain, `.local`, `.localhost`,
 * `.internal`, or `localhost` itself. Loopback and public addresses count as external, as there.
 *
 * @param clusterDomain - `cluster.local` unless the cluster says otherwise
 */
export function isInternalUrl(
  url: string,
  clusterDomain = 'cluster.local',
): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (isPrivateIpv4(host) || isPrivateIpv6(host)) return true;
  return (
    host === 'localhost' ||
    [clusterDomain, '.local', '.localhost', '.internal'].some(suffix =>
      host.endsWith(suffix),
    )
  );
}
