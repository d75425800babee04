import { problemLines } from './__testUtils__/parsedInput';
import { parseRenderInput } from './inputs/parseRenderInput';
import { defaultTenantGatewayName, tenantInputSchema } from './tenantInput';

const parse = (raw: unknown) => parseRenderInput(tenantInputSchema, raw);

const problems = (raw: unknown) => problemLines(parse(raw));

const minimal = { namespace: 'team-a', owner: 'group:default/team-a' };

describe('tenantInputSchema', () => {
  it('applies the defaults: a dedicated HTTP Gateway named <namespace>-gateway', () => {
    expect(parse(minimal)).toEqual({
      success: true,
      value: {
        namespace: 'team-a',
        owner: 'group:default/team-a',
        gateway: {
          mode: 'dedicated',
          name: 'team-a-gateway',
          className: 'openshift-ai-inference',
          listeners: [{ protocol: 'HTTP', port: 80 }],
        },
      },
    });
  });

  it('defaults the shared Gateway and its label', () => {
    const result = parse({ ...minimal, gateway: { mode: 'shared' } });
    expect(result.success && result.value.gateway).toEqual({
      mode: 'shared',
      sharedGateway: {
        name: 'openshift-ai-inference',
        namespace: 'openshift-ingress',
        selectorLabel: 'llm-d.ai/gateway-access',
      },
    });
  });

  it('defaults listener ports by protocol', () => {
    const result = parse({
      ...minimal,
      gateway: {
        listeners: [
          { protocol: 'HTTPS', hostname: 'a.example.com', secretName: 'a-tls' },
          { protocol: 'HTTP' },
        ],
      },
    });
    expect(
      result.success &&
        result.value.gateway.mode === 'dedicated' &&
        result.value.gateway.listeners.map(l => l.port),
    ).toEqual([443, 80]);
  });

  it('keeps the default Gateway name a DNS-1123 label for long namespaces', () => {
    const name = defaultTenantGatewayName(
      `${'a'.repeat(54)}-b-${'c'.repeat(6)}`,
    );
    expect(name).toBe(`${'a'.repeat(54)}-gateway`);
    expect(name.length).toBeLessThanOrEqual(63);
    const result = parse({ ...minimal, namespace: 'n'.repeat(63) });
    expect(result.success).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    [
      'a namespace that is not a DNS-1123 label',
      { ...minimal, namespace: 'Team_A' },
      [
        "namespace: must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
      ],
    ],
    [
      'a namespace longer than 63 characters',
      { ...minimal, namespace: 'a'.repeat(64) },
      ['namespace: must be at most 63 characters'],
    ],
    [
      'a platform namespace',
      { ...minimal, namespace: 'openshift-ingress' },
      [
        'namespace: must not be a platform namespace (default, openshift, kube-*, openshift-*)',
      ],
    ],
    ['a missing owner', { namespace: 'team-a' }, ['owner: Required']],
    [
      'an owner that is not an entity reference',
      { ...minimal, owner: 'team a' },
      ['owner: must be a Backstage entity reference like group:default/team-a'],
    ],
    [
      'an empty display name',
      { ...minimal, displayName: '  ' },
      ['displayName: must not be empty'],
    ],
    [
      'a display name over two lines',
      { ...minimal, displayName: 'Team\nA' },
      ['displayName: must be one line of text without control characters'],
    ],
    [
      'unknown fields',
      { ...minimal, gateway: { mode: 'dedicated', listener: [] }, team: 'x' },
      ['gateway.listener: unknown field', 'team: unknown field'],
    ],
    [
      'an unknown mode',
      { ...minimal, gateway: { mode: 'private' } },
      ['gateway.mode: must be dedicated or shared'],
    ],
    [
      'listeners in shared mode',
      {
        ...minimal,
        gateway: { mode: 'shared', listeners: [{ protocol: 'HTTP' }] },
      },
      [
        'gateway.listeners: only for mode dedicated: a shared-mode tenant has no Gateway of its own (see gateway.sharedGateway)',
      ],
    ],
    [
      'a Gateway name and class in shared mode',
      { ...minimal, gateway: { mode: 'shared', name: 'x', className: 'y' } },
      [
        'gateway.name: only for mode dedicated: a shared-mode tenant has no Gateway of its own (see gateway.sharedGateway)',
        'gateway.className: only for mode dedicated: a shared-mode tenant has no Gateway of its own (see gateway.sharedGateway)',
      ],
    ],
    [
      'a shared Gateway in dedicated mode',
      { ...minimal, gateway: { sharedGateway: {} } },
      [
        'gateway.sharedGateway: only for mode shared: a dedicated-mode tenant gets its own Gateway',
      ],
    ],
    [
      'a bad selector label',
      {
        ...minimal,
        gateway: {
          mode: 'shared',
          sharedGateway: { selectorLabel: 'llm-d.ai/' },
        },
      },
      [
        "gateway.sharedGateway.selectorLabel: must be a label key: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. llm-d.ai/gateway-access)",
      ],
    ],
    [
      'an HTTPS listener without hostname and Secret',
      {
        ...minimal,
        gateway: { listeners: [{ protocol: 'HTTP' }, { protocol: 'HTTPS' }] },
      },
      [
        'gateway.listeners.1.hostname: required for HTTPS: the name the TLS certificate is issued for',
        'gateway.listeners.1.secretName: required for HTTPS: the Secret holding the TLS certificate and key',
      ],
    ],
    [
      'a Secret on an HTTP listener',
      {
        ...minimal,
        gateway: { listeners: [{ protocol: 'HTTP', secretName: 'tls' }] },
      },
      [
        'gateway.listeners.0.secretName: only allowed for HTTPS listeners (HTTP has no TLS certificate)',
      ],
    ],
    [
      'a bad port and protocol',
      {
        ...minimal,
        gateway: {
          listeners: [{ protocol: 'HTTP', port: 0 }, { protocol: 'TCP' }],
        },
      },
      [
        'gateway.listeners.0.port: must be between 1 and 65535',
        'gateway.listeners.1.protocol: must be HTTP or HTTPS',
      ],
    ],
    [
      'a bad hostname',
      {
        ...minimal,
        gateway: {
          listeners: [
            { protocol: 'HTTP', hostname: '10.0.0.1' },
            { protocol: 'HTTP', port: 81, hostname: 'A.example.com' },
          ],
        },
      },
      [
        'gateway.listeners.0.hostname: must be a DNS name, not an IP address',
        "gateway.listeners.1.hostname: must be a DNS name like inference.apps.example.com or *.apps.example.com: lower-case letters, digits, '-' and '.'",
      ],
    ],
    [
      'listeners that a request could not tell apart',
      {
        ...minimal,
        gateway: {
          listeners: [{ protocol: 'HTTP', port: 80 }, { protocol: 'HTTP' }],
        },
      },
      [
        'gateway.listeners.1: same protocol, port and hostname as listener 0: a request could not tell them apart',
      ],
    ],
    [
      'HTTP and HTTPS on one port',
      {
        ...minimal,
        gateway: {
          listeners: [
            { protocol: 'HTTP', port: 8443 },
            {
              protocol: 'HTTPS',
              port: 8443,
              hostname: 'a.example.com',
              secretName: 'a',
            },
          ],
        },
      },
      [
        'gateway.listeners.1.port: port 8443 is already used by the HTTP listener 0; HTTP and HTTPS cannot share a port',
      ],
    ],
    [
      'duplicate listener names',
      {
        ...minimal,
        gateway: {
          listeners: [
            { protocol: 'HTTP', name: 'web' },
            { protocol: 'HTTP', port: 8080, name: 'web' },
          ],
        },
      },
      [
        'gateway.listeners.1.name: listener name "web" is already used by listener 0',
      ],
    ],
    [
      'no listeners',
      { ...minimal, gateway: { listeners: [] } },
      ['gateway.listeners: needs at least one listener'],
    ],
    ['a non-object', 'team-a', ['(input): Expected object, received string']],
  ])('reports %s, naming the field', (_what, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });
});
