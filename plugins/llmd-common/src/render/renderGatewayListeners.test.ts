import type { GatewayListenerInput } from './gatewayListenerInput';
import {
  listenerNames,
  renderGatewayListeners,
} from './renderGatewayListeners';

const http = (port = 80, hostname?: string): GatewayListenerInput => ({
  protocol: 'HTTP',
  port,
  ...(hostname ? { hostname } : {}),
});
const https = (hostname: string, port = 443): GatewayListenerInput => ({
  protocol: 'HTTPS',
  port,
  hostname,
  secretName: `${hostname.replace(/^\*\./, 'wildcard.')}-tls`,
});

describe('listenerNames', () => {
  it('names listeners after protocol, and port when it is not the default', () => {
    expect(
      listenerNames([
        http(),
        https('a.example.com'),
        http(8080),
        https('a.example.com', 8443),
      ]),
    ).toEqual(['http', 'https', 'http-8080', 'https-8443']);
  });

  it('tells listeners that share protocol and port apart by hostname', () => {
    expect(
      listenerNames([
        http(),
        http(80, 'a.example.com'),
        https('*.example.com'),
        https('b.example.com'),
      ]),
    ).toEqual([
      'http',
      'http-a-example-com',
      'https-wildcard-example-com',
      'https-b-example-com',
    ]);
  });

  it('keeps given names and steers generated ones around them', () => {
    expect(
      listenerNames([
        { ...http(8080), name: 'http' },
        http(),
        { ...http(81), name: 'http-2' },
        http(80, 'x.example.com'),
      ]),
    ).toEqual(['http', 'http-3', 'http-2', 'http-x-example-com']);
  });

  it('keeps generated names within the Gateway API limit', () => {
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(
      60,
    )}.${'d'.repeat(60)}`;
    const names = listenerNames([https(long), https(`x${long.slice(1)}`)]);
    expect(
      names.every(
        n => n.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n),
      ),
    ).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});

describe('renderGatewayListeners', () => {
  it('terminates TLS on HTTPS listeners and restricts every listener', () => {
    const listeners = renderGatewayListeners([http(), https('a.example.com')], {
      from: 'Same',
    });
    expect(listeners).toEqual([
      {
        name: 'http',
        protocol: 'HTTP',
        port: 80,
        allowedRoutes: { namespaces: { from: 'Same' } },
      },
      {
        name: 'https',
        protocol: 'HTTPS',
        port: 443,
        hostname: 'a.example.com',
        allowedRoutes: { namespaces: { from: 'Same' } },
        tls: {
          mode: 'Terminate',
          certificateRefs: [
            { group: '', kind: 'Secret', name: 'a.example.com-tls' },
          ],
        },
      },
    ]);
    expect(listeners[0].allowedRoutes).not.toBe(listeners[1].allowedRoutes);
  });
});
