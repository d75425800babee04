import { ConfigReader } from '@backstage/config';
import { readClusterConfig } from './readClusterConfig';

function read(data: object) {
  return readClusterConfig(new ConfigReader(data));
}

describe('readClusterConfig', () => {
  it('reads llmd.clusters with every auth form and layered defaults', () => {
    const clusters = read({
      llmd: {
        defaults: {
          llmisvcApiVersion: 'v1alpha2',
          tokenAudience: 'aud-global',
        },
        clusters: [
          {
            name: 'prod',
            url: 'https://prod.example.com:6443',
            auth: { serviceAccountToken: ' secret-token-value ' },
            caData: 'Q0E=',
            defaults: { eppDialect: 'router-v0.9' },
          },
          {
            name: 'dev',
            auth: { kubeconfig: { file: '/etc/kube/config', context: 'dev' } },
          },
          { name: 'local', auth: { inCluster: true }, skipTLSVerify: true },
        ],
      },
    });
    expect(clusters).toEqual([
      {
        name: 'prod',
        url: 'https://prod.example.com:6443',
        auth: { type: 'serviceAccountToken', token: 'secret-token-value' },
        caData: 'Q0E=',
        caFile: undefined,
        skipTLSVerify: false,
        defaults: {
          llmisvcApiVersion: 'v1alpha2',
          eppDialect: 'router-v0.9',
          tokenAudience: 'aud-global',
        },
        probe: {
          enabled: false,
          timeoutMs: 5000,
          concurrency: 4,
          skipTLSVerify: false,
        },
      },
      expect.objectContaining({
        name: 'dev',
        url: undefined,
        auth: { type: 'kubeconfig', file: '/etc/kube/config', context: 'dev' },
        defaults: {
          llmisvcApiVersion: 'v1alpha2',
          eppDialect: 'scheduler-v0.2',
          eppDialectAssumed: true,
          tokenAudience: 'aud-global',
        },
      }),
      expect.objectContaining({
        name: 'local',
        auth: { type: 'inCluster' },
        skipTLSVerify: true,
      }),
    ]);
  });

  it('uses the built-in defaults when nothing is configured', () => {
    const [cluster] = read({
      llmd: {
        clusters: [
          {
            name: 'a',
            url: 'https://a',
            auth: { serviceAccountToken: 'tok-12345678' },
          },
        ],
      },
    });
    expect(cluster.defaults).toEqual({
      llmisvcApiVersion: 'v1alpha1',
      eppDialect: 'scheduler-v0.2',
      eppDialectAssumed: true,
      tokenAudience: 'https://kubernetes.default.svc',
    });
  });

  it('an eppDialect set in llmd.defaults is configured (not assumed) for every cluster', () => {
    const [cluster] = read({
      llmd: {
        defaults: { eppDialect: 'scheduler-v0.7' },
        clusters: [{ name: 'a', auth: { inCluster: true } }],
      },
    });
    expect(cluster.defaults).toEqual({
      llmisvcApiVersion: 'v1alpha1',
      eppDialect: 'scheduler-v0.7',
      tokenAudience: 'https://kubernetes.default.svc',
    });
  });

  it('falls back to the kubernetes plugin config clusters', () => {
    const clusters = read({
      llmd: { defaults: { llmisvcApiVersion: 'v1alpha2' } },
      kubernetes: {
        clusterLocatorMethods: [
          { type: 'catalog' },
          {
            type: 'config',
            clusters: [
              {
                name: 'k1',
                url: 'https://k1:6443',
                authProvider: 'serviceAccount',
                serviceAccountToken: 'k1-token-abcdef',
                caData: 'Q0E=',
              },
              {
                name: 'k2',
                url: 'https://k2:6443',
                authProvider: 'serviceAccount',
              },
              { name: 'k3', url: 'https://k3:6443', authProvider: 'oidc' },
            ],
          },
        ],
      },
    });
    expect(clusters.map(c => [c.name, c.url, c.auth.type])).toEqual([
      ['k1', 'https://k1:6443', 'serviceAccountToken'],
      ['k2', 'https://k2:6443', 'inCluster'],
    ]);
    expect(clusters[0].caData).toBe('Q0E=');
    expect(clusters[0].defaults.llmisvcApiVersion).toBe('v1alpha2');
  });

  it('prefers llmd.clusters over the kubernetes config, and an empty list means no clusters', () => {
    expect(
      read({
        llmd: { clusters: [] },
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [{ name: 'k', url: 'https://k' }] },
          ],
        },
      }),
    ).toEqual([]);
    expect(read({})).toEqual([]);
  });

  it.each([
    [
      'a missing auth',
      { name: 'a', url: 'https://a' },
      "Missing required config value at 'llmd.clusters[0].auth'",
    ],
    [
      'two auth methods',
      {
        name: 'a',
        url: 'https://a',
        auth: { inCluster: true, serviceAccountToken: 'tok-12345678' },
      },
      "Invalid config at 'llmd.clusters[0].auth': expected exactly one of serviceAccountToken, kubeconfig or inCluster, got inCluster and serviceAccountToken",
    ],
    [
      'a name requests could not address',
      { name: 'prod east', url: 'https://a', auth: { inCluster: true } },
      "Invalid config at 'llmd.clusters[0].name': 'prod east' is not a cluster name (letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 253 characters)",
    ],
    [
      'an unknown auth key',
      { name: 'a', url: 'https://a', auth: { oidc: 'x' } },
      "Invalid config at 'llmd.clusters[0].auth': unknown key(s) oidc",
    ],
    [
      'a token without url',
      { name: 'a', auth: { serviceAccountToken: 'tok-12345678' } },
      "Missing required config value at 'llmd.clusters[0].url'",
    ],
    [
      'a bad url',
      { name: 'a', url: 'not a url', auth: { inCluster: true } },
      "Invalid config at 'llmd.clusters[0].url': 'not a url' is not a URL",
    ],
    [
      'plain http without skipTLSVerify',
      { name: 'a', url: 'http://a', auth: { inCluster: true } },
      "Invalid config at 'llmd.clusters[0].url': a plain http URL needs skipTLSVerify: true",
    ],
    [
      'credentials in the url',
      { name: 'a', url: 'https://u:p@a', auth: { inCluster: true } },
      "Invalid config at 'llmd.clusters[0].url': the URL must not contain credentials",
    ],
    [
      'an unknown API version',
      {
        name: 'a',
        auth: { inCluster: true },
        defaults: { llmisvcApiVersion: 'v1' },
      },
      "Invalid config at 'llmd.clusters[0].defaults.llmisvcApiVersion': 'v1' is not one of v1alpha1, v1alpha2",
    ],
    [
      'an unknown EPP dialect',
      { name: 'a', auth: { inCluster: true }, defaults: { eppDialect: 'x' } },
      "Invalid config at 'llmd.clusters[0].defaults.eppDialect': 'x' is not one of scheduler-v0.2",
    ],
    [
      'inCluster: false',
      { name: 'a', auth: { inCluster: false } },
      "Invalid config at 'llmd.clusters[0].auth.inCluster'",
    ],
    [
      'a missing kubeconfig file',
      { name: 'a', auth: { kubeconfig: { context: 'x' } } },
      "Missing required config value at 'llmd.clusters[0].auth.kubeconfig.file'",
    ],
  ])('names the config key for %s', (_what, cluster, message) => {
    expect(() => read({ llmd: { clusters: [cluster] } })).toThrow(message);
  });

  it('rejects duplicate names and bad global defaults', () => {
    expect(() =>
      read({
        llmd: {
          clusters: [
            { name: 'a', auth: { inCluster: true } },
            { name: 'a', auth: { inCluster: true } },
          ],
        },
      }),
    ).toThrow("Duplicate cluster name 'a' in llmd.clusters");
    expect(() =>
      read({ llmd: { defaults: { tokenAudience: ' ' }, clusters: [] } }),
    ).toThrow("Invalid config at 'llmd.defaults.tokenAudience'");
  });

  it('reports wrong value types with the key', () => {
    expect(() =>
      read({ llmd: { clusters: [{ name: 5, auth: { inCluster: true } }] } }),
    ).toThrow(/llmd\.clusters\[0\]\.name/);
  });
});
