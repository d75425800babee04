import { readOneCluster } from '../__testUtils__/readOneCluster';

function metricsOf(metrics: unknown) {
  return readOneCluster(metrics !== undefined ? { metrics } : {}).metrics;
}

describe('llmd.clusters[].metrics', () => {
  it('is absent when not configured', () => {
    expect(metricsOf(undefined)).toBeUndefined();
  });

  it('reads a plain Prometheus with the defaults', () => {
    expect(
      metricsOf({ type: 'prometheus', url: 'http://127.0.0.1:9090/' }),
    ).toEqual({
      type: 'prometheus',
      url: 'http://127.0.0.1:9090',
      auth: { type: 'none' },
      namespaceTenancy: false,
      skipTLSVerify: false,
      timeoutMs: 5000,
      concurrency: 4,
    });
  });

  it("reads OpenShift's Thanos querier tenancy port with a token and CA", () => {
    expect(
      metricsOf({
        type: 'prometheus',
        url: 'https://thanos-querier.openshift-monitoring.svc:9092',
        auth: { type: 'serviceAccountToken', token: ' sa-token ' },
        namespaceTenancy: true,
        caData: 'LS0tLS1CRUdJTg==',
        timeoutMs: 10000,
        concurrency: 8,
      }),
    ).toEqual({
      type: 'prometheus',
      url: 'https://thanos-querier.openshift-monitoring.svc:9092',
      auth: { type: 'serviceAccountToken', token: 'sa-token' },
      namespaceTenancy: true,
      caData: 'LS0tLS1CRUdJTg==',
      skipTLSVerify: false,
      timeoutMs: 10000,
      concurrency: 8,
    });
  });

  it.each([
    [
      { type: 'graphite', url: 'http://x' },
      /metrics.type': 'graphite' is not supported/,
    ],
    [
      { type: 'prometheus', url: 'ftp://x' },
      /metrics.url': the URL must use https or http/,
    ],
    [
      { type: 'prometheus', url: 'not a url' },
      /metrics.url': 'not a url' is not a URL/,
    ],
    [
      { type: 'prometheus', url: 'https://u:p@x' },
      /must not contain credentials/,
    ],
    [
      {
        type: 'prometheus',
        url: 'https://x',
        auth: { type: 'serviceAccountToken', token: ' ' },
      },
      /metrics.auth.token': the token is empty/,
    ],
    [
      { type: 'prometheus', url: 'https://x', auth: { type: 'basic' } },
      /metrics.auth.type': 'basic' is not supported/,
    ],
    [
      { type: 'prometheus', url: 'https://x', timeoutMs: 0 },
      /metrics.timeoutMs': 0 is not a whole number from 1 to 60000/,
    ],
    [
      { type: 'prometheus', url: 'https://x', concurrency: 100 },
      /metrics.concurrency': 100/,
    ],
    [
      { type: 'prometheus', url: 'https://x', caData: ' ' },
      /metrics.caData': the CA bundle is empty/,
    ],
    [
      { type: 'prometheus', url: 'https://x', tenancy: true },
      /unknown key\(s\) tenancy/,
    ],
  ])('refuses %j', (metrics, message) => {
    expect(() => metricsOf(metrics)).toThrow(message);
  });
});
