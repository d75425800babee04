import type { KubeObjectLike } from '../kube/kubeObject';
import {
  kserveSample,
  readReferenceObjects,
  SINGLE_NODE_SAMPLE,
} from '../__testUtils__/kserveReference';
import {
  deriveModelEndpoints,
  primaryModelEndpoint,
} from './deriveModelEndpoints';

const model = (
  patch: { spec?: unknown; status?: unknown } = {},
): KubeObjectLike => ({
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: { name: 'granite-8b', namespace: 'team-a' },
  spec: patch.spec ?? {
    router: {
      route: {},
      gateway: { refs: [{ name: 'team-a-gateway', namespace: 'team-a' }] },
    },
  },
  ...(patch.status !== undefined && { status: patch.status }),
});

const gateway = (
  listeners: object[],
  addresses: object[] = [{ type: 'IPAddress', value: '10.0.0.5' }],
  name = 'team-a-gateway',
  namespace = 'team-a',
): KubeObjectLike => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name, namespace },
  spec: { gatewayClassName: 'openshift-ai-inference', listeners },
  status: { addresses },
});

describe('deriveModelEndpoints', () => {
  it('prefers status.url and appends the OpenAI paths', () => {
    const endpoints = deriveModelEndpoints(
      model({ status: { url: 'https://gw.example.com/team-a/granite-8b' } }),
    );
    expect(endpoints).toEqual([
      {
        baseUrl: 'https://gw.example.com/team-a/granite-8b/v1',
        chat: 'https://gw.example.com/team-a/granite-8b/v1/chat/completions',
        completions: 'https://gw.example.com/team-a/granite-8b/v1/completions',
        models: 'https://gw.example.com/team-a/granite-8b/v1/models',
        source: 'status.url',
        internal: false,
      },
    ]);
  });

  it('adds the model prefix to bare addresses and marks internal ones', () => {
    const endpoints = deriveModelEndpoints(
      model({
        status: {
          url: 'http://10.0.0.5/team-a/granite-8b',
          addresses: [
            // the same address as status.url: listed once
            {
              name: 'gateway-external',
              url: 'http://10.0.0.5/team-a/granite-8b/',
            },
            // a bare gateway address (no path) would answer 404 without the prefix
            {
              name: 'gateway-internal',
              url: 'http://gw.openshift-ingress.svc.cluster.local',
            },
          ],
        },
      }),
    );
    expect(
      endpoints.map(e => [e.baseUrl, e.source, e.name, e.internal]),
    ).toEqual([
      ['http://10.0.0.5/team-a/granite-8b/v1', 'status.url', undefined, false],
      [
        'http://gw.openshift-ingress.svc.cluster.local/team-a/granite-8b/v1',
        'status.addresses',
        'gateway-internal',
        true,
      ],
    ]);
  });

  it('cuts a published /v1 path back to the base URL', () => {
    const [endpoint] = deriveModelEndpoints(
      model({
        status: { url: 'http://10.0.0.5/team-a/granite-8b/v1/completions' },
      }),
    );
    expect(endpoint.baseUrl).toBe('http://10.0.0.5/team-a/granite-8b/v1');
  });

  it('uses the status addresses alone when there is no status.url', () => {
    const endpoints = deriveModelEndpoints(
      model({
        status: { addresses: [{ url: 'http://10.0.0.5/team-a/granite-8b' }] },
      }),
    );
    expect(endpoints.map(e => [e.baseUrl, e.source])).toEqual([
      ['http://10.0.0.5/team-a/granite-8b/v1', 'status.addresses'],
    ]);
  });

  it('derives an http endpoint from an HTTP listener of the referenced Gateway', () => {
    const endpoints = deriveModelEndpoints(model(), {
      gateways: [gateway([{ name: 'http', protocol: 'HTTP', port: 80 }])],
    });
    expect(endpoints).toEqual([
      expect.objectContaining({
        baseUrl: 'http://10.0.0.5/team-a/granite-8b/v1',
        source: 'gateway',
        name: 'team-a/team-a-gateway',
        internal: false,
      }),
    ]);
  });

  it('derives https first, keeps non-default ports and prefers concrete listener host names', () => {
    const endpoints = deriveModelEndpoints(model(), {
      gateways: [
        gateway([
          { name: 'http', protocol: 'HTTP', port: 8080 },
          {
            name: 'https',
            protocol: 'HTTPS',
            port: 443,
            hostname: 'models.example.com',
          },
          {
            name: 'wild',
            protocol: 'HTTPS',
            port: 8443,
            hostname: '*.example.com',
          },
          { name: 'grpc', protocol: 'TLS', port: 9443 },
        ]),
      ],
    });
    expect(endpoints.map(e => e.baseUrl)).toEqual([
      'https://models.example.com/team-a/granite-8b/v1',
      'https://10.0.0.5:8443/team-a/granite-8b/v1',
      'http://10.0.0.5:8080/team-a/granite-8b/v1',
    ]);
  });

  it('honours the sectionName of a gateway ref and brackets IPv6 addresses', () => {
    const endpoints = deriveModelEndpoints(
      model({
        spec: {
          router: {
            gateway: {
              refs: [{ name: 'team-a-gateway', sectionName: 'https' }],
            },
          },
        },
      }),
      {
        gateways: [
          gateway(
            [
              { name: 'http', protocol: 'HTTP', port: 80 },
              { name: 'https', protocol: 'HTTPS', port: 443 },
            ],
            [{ type: 'IPAddress', value: 'fd00::5' }],
          ),
        ],
      },
    );
    expect(endpoints.map(e => e.baseUrl)).toEqual([
      'https://[fd00::5]/team-a/granite-8b/v1',
    ]);
  });

  it('falls back to the shared OpenShift AI gateway for gateway: {} (reference sample)', () => {
    const [shared] = readReferenceObjects(
      'kserve/odh-kserve-release-v0.15/docs/samples/llmisvc/getting-started/01-quick-start/openshift-ai-inference-gateway.yaml',
    ).filter(o => o.kind === 'Gateway');
    const withAddress = {
      ...shared,
      status: {
        addresses: [{ type: 'Hostname', value: 'inference.apps.example.com' }],
      },
    };
    const endpoints = deriveModelEndpoints(kserveSample(SINGLE_NODE_SAMPLE), {
      gateways: [withAddress],
    });
    expect(endpoints.map(e => [e.baseUrl, e.name])).toEqual([
      [
        'http://inference.apps.example.com/team-a/qwen2-7b-instruct-single/v1',
        'openshift-ingress/openshift-ai-inference',
      ],
    ]);
  });

  it('returns nothing without status and without a reachable gateway', () => {
    expect(deriveModelEndpoints(model())).toEqual([]);
    expect(
      deriveModelEndpoints(model(), {
        gateways: [gateway([{ name: 'http', protocol: 'HTTP', port: 80 }], [])],
      }),
    ).toEqual([]);
    expect(
      deriveModelEndpoints(model({ spec: { router: { route: {} } } }), {
        gateways: [gateway([{ name: 'http', protocol: 'HTTP', port: 80 }])],
      }),
    ).toEqual([]);
    expect(
      deriveModelEndpoints(model({ status: { url: 'not a url' } })),
    ).toEqual([]);
  });
});

describe('primaryModelEndpoint', () => {
  it('picks the first external endpoint', () => {
    const endpoints = deriveModelEndpoints(
      model({
        status: {
          addresses: [
            { name: 'gateway-internal', url: 'http://gw.ns.svc.cluster.local' },
            { name: 'gateway-external', url: 'https://gw.example.com' },
          ],
        },
      }),
    );
    expect(primaryModelEndpoint(endpoints)?.baseUrl).toBe(
      'https://gw.example.com/team-a/granite-8b/v1',
    );
    expect(primaryModelEndpoint([])).toBeUndefined();
  });
});
