import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LlmdClusterConfig } from './clusterConfig';
import { kubeClientFor, kubeConfigFor } from './kubeClientFor';
import { BUILT_IN_CLUSTER_DEFAULTS } from './readClusterConfig';

const base: Omit<LlmdClusterConfig, 'auth'> = {
  name: 'c1',
  url: 'https://c1.example.com:6443',
  skipTLSVerify: false,
  defaults: BUILT_IN_CLUSTER_DEFAULTS,
};

describe('kubeClientFor', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'llmd-node-kubeconfig-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a token config and remembers the token as a secret', () => {
    const client = kubeClientFor({
      ...base,
      auth: { type: 'serviceAccountToken', token: 'the-token-1234' },
      caData: 'Q0EtREFUQQ==',
    });
    expect(client.kubeConfig.getCurrentCluster()).toMatchObject({
      server: 'https://c1.example.com:6443',
      caData: 'Q0EtREFUQQ==',
      skipTLSVerify: false,
    });
    expect(client.kubeConfig.getCurrentUser()?.token).toBe('the-token-1234');
    expect(client.secrets).toEqual(['the-token-1234']);
  });

  it('accepts a PEM CA and encodes it the way kubeconfig expects', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nABC\n-----END CERTIFICATE-----';
    const kc = kubeConfigFor({
      ...base,
      auth: { type: 'serviceAccountToken', token: 'the-token-1234' },
      caData: pem,
    });
    expect(
      Buffer.from(kc.getCurrentCluster()!.caData!, 'base64').toString('utf8'),
    ).toBe(pem);
  });

  it('loads a kubeconfig context and applies url overrides', () => {
    const file = join(dir, 'config');
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
          { name: 'one', cluster: { server: 'https://one:6443' } },
          { name: 'two', cluster: { server: 'https://two:6443' } },
        ],
        users: [
          { name: 'u1', user: { token: 'token-one-1234' } },
          { name: 'u2', user: { token: 'token-two-1234' } },
        ],
        contexts: [
          { name: 'first', context: { cluster: 'one', user: 'u1' } },
          { name: 'second', context: { cluster: 'two', user: 'u2' } },
        ],
        'current-context': 'first',
      }),
    );
    const plain = kubeClientFor({
      ...base,
      url: undefined,
      auth: { type: 'kubeconfig', file, context: 'second' },
    });
    expect(plain.kubeConfig.getCurrentCluster()?.server).toBe(
      'https://two:6443',
    );
    expect(plain.secrets).toEqual(['token-two-1234']);

    const overridden = kubeConfigFor({
      ...base,
      url: 'https://proxy:8443',
      auth: { type: 'kubeconfig', file },
    });
    expect(overridden.getCurrentCluster()?.server).toBe('https://proxy:8443');
    expect(overridden.getCurrentUser()?.token).toBe('token-one-1234');

    expect(() =>
      kubeConfigFor({
        ...base,
        auth: { type: 'kubeconfig', file, context: 'nope' },
      }),
    ).toThrow("Context 'nope' not found");
  });

  it('fails clearly for a missing kubeconfig file', () => {
    expect(() =>
      kubeConfigFor({
        ...base,
        auth: { type: 'kubeconfig', file: join(dir, 'missing') },
      }),
    ).toThrow(/ENOENT/);
  });
});
