import fc from 'fast-check';

/*
 * fast-check arbitraries of VALID raw inputs (what a user or the scaffolder would hand over) for the tenant,
 * shared-Gateway and MetalLB renderers. They are built from the domain rules, not from the schemas, so a schema that
 * rejects a valid input fails the property tests.
 */

const dnsLabel = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$/);

const tenantNamespace = dnsLabel.filter(
  ns => !/^(default|openshift|kube-.*|openshift-.*)$/.test(ns),
);

const labelKey = fc
  .tuple(
    fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){0,3}$/), {
      nil: undefined,
    }),
    fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,20}[A-Za-z0-9])?$/),
  )
  .map(([prefix, name]) => (prefix ? `${prefix}/${name}` : name));

const labelValue = fc.stringMatching(
  /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,20})?[A-Za-z0-9])?$/,
);

const hostname = fc.oneof(
  fc.domain(),
  fc.domain().map(domain => `*.${domain}`),
);

type RawListener = {
  protocol: 'HTTP' | 'HTTPS';
  port?: number;
  hostname?: string;
  secretName?: string;
  name?: string;
};

// Disjoint port ranges per protocol: HTTP and HTTPS must not share a port.
const httpListener = fc.record(
  {
    protocol: fc.constant('HTTP' as const),
    port: fc.oneof(fc.constant(80), fc.integer({ min: 1024, max: 32767 })),
    hostname,
  },
  { requiredKeys: ['protocol'] },
);
const httpsListener = fc.record(
  {
    protocol: fc.constant('HTTPS' as const),
    port: fc.oneof(fc.constant(443), fc.integer({ min: 32768, max: 65535 })),
    hostname,
    secretName: dnsLabel,
  },
  { requiredKeys: ['protocol', 'hostname', 'secretName'] },
);

const defaultPort = (l: RawListener) =>
  l.port ?? (l.protocol === 'HTTPS' ? 443 : 80);

/** 1 to 6 distinct listeners; some carry names (possibly ones the generator would pick itself). */
const listenersArbitrary: fc.Arbitrary<RawListener[]> = fc
  .tuple(
    fc.uniqueArray(fc.oneof(httpListener, httpsListener), {
      minLength: 1,
      maxLength: 6,
      selector: l => `${l.protocol}/${defaultPort(l)}/${l.hostname ?? ''}`,
    }),
    fc.array(
      fc.option(
        fc.constantFrom('http', 'https', 'web', 'http-2', 'https-8443'),
        {
          nil: undefined,
        },
      ),
      { minLength: 6, maxLength: 6 },
    ),
  )
  .map(([listeners, names]) => {
    const used = new Set<string>();
    return listeners.map((listener, i) => {
      const name = names[i];
      if (name === undefined || used.has(name)) return listener;
      used.add(name);
      return { ...listener, name };
    });
  });

const dedicatedGateway = fc.record(
  {
    mode: fc.constant('dedicated' as const),
    name: dnsLabel,
    className: fc.constantFrom(
      'openshift-ai-inference',
      'istio',
      'gw.example.com',
    ),
    listeners: listenersArbitrary,
  },
  { requiredKeys: [] },
);

const sharedGateway = fc.record(
  {
    mode: fc.constant('shared' as const),
    sharedGateway: fc.record(
      { name: dnsLabel, namespace: dnsLabel, selectorLabel: labelKey },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['mode'] },
);

const displayName = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter(s => s.trim().length > 0 && !/\p{Cc}/u.test(s));

/** Valid raw tenant inputs. */
export const tenantInputArbitrary = fc.record(
  {
    namespace: tenantNamespace,
    owner: fc.constantFrom(
      'group:default/team-a',
      'user:default/jane.doe',
      'group:ml-platform/inference_team',
    ),
    displayName,
    gateway: fc.oneof(dedicatedGateway, sharedGateway),
  },
  { requiredKeys: ['namespace', 'owner'] },
);

/** Valid raw shared-Gateway inputs. */
export const gatewayInputArbitrary = fc.record(
  {
    name: dnsLabel,
    namespace: dnsLabel,
    gatewayClass: fc.record(
      {
        name: dnsLabel,
        controllerName: fc.constantFrom(
          'openshift.io/gateway-controller/v1',
          'istio.io/gateway-controller',
          'example.com/gateway/v1.2',
        ),
      },
      { requiredKeys: [] },
    ),
    allowedNamespaces: fc.oneof(
      labelKey.map(selectorLabel => ({ selectorLabel })),
      fc
        .uniqueArray(dnsLabel, { minLength: 1, maxLength: 5 })
        .map(names => ({ names })),
    ),
    listeners: listenersArbitrary,
    labels: fc.dictionary(labelKey, labelValue, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

const hex = (n: number) => n.toString(16);

/** Entry `index` of a pool: each entry lives in its own /24 (IPv4) or /112 (IPv6), so entries never overlap. */
function addressEntry(
  block: number,
  ipv6: boolean,
  form: number,
  a: number,
  b: number,
): string {
  const [low, high] = a <= b ? [a, b] : [b, a];
  if (ipv6) {
    const net = `fd00:${hex(block)}::`;
    if (form === 0) return `${net}/112`;
    if (form === 1) return `${net}${hex(low * 16)}/124`;
    return `${net}${hex(low)}-${net}${hex(high)}`;
  }
  const net = `10.${block >> 8}.${block & 0xff}.`;
  if (form === 0) return `${net}0/24`;
  if (form === 1) return `${net}${low & 0xf0}/28`;
  return `${net}${low}-${net}${high}`;
}

const addresses = fc
  .uniqueArray(fc.integer({ min: 0, max: 0xffff }), {
    minLength: 1,
    maxLength: 4,
  })
  .chain(blocks =>
    fc.tuple(
      ...blocks.map(block =>
        fc
          .tuple(
            fc.boolean(),
            fc.integer({ min: 0, max: 2 }),
            fc.integer({ min: 0, max: 255 }),
            fc.integer({ min: 0, max: 255 }),
          )
          .map(([ipv6, form, a, b]) => addressEntry(block, ipv6, form, a, b)),
      ),
    ),
  );

const asn = fc.integer({ min: 1, max: 4294967295 });

/** Valid raw MetalLB inputs (both modes). */
export const metallbInputArbitrary = fc.oneof(
  fc.record(
    {
      poolName: dnsLabel,
      addresses,
      mode: fc.constant('l2' as const),
      installOperator: fc.boolean(),
    },
    { requiredKeys: ['addresses'] },
  ),
  fc.record(
    {
      poolName: dnsLabel,
      addresses,
      mode: fc.constant('bgp' as const),
      bgp: fc.record({
        myASN: asn,
        peerASN: asn,
        peerAddress: fc.oneof(fc.ipV4(), fc.ipV6()),
      }),
      installOperator: fc.boolean(),
    },
    { requiredKeys: ['addresses', 'mode', 'bgp'] },
  ),
);
