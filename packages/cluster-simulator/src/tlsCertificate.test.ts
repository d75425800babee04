import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { X509Certificate } from 'node:crypto';
import { clientsFor, llmisvc } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

describe('TLS', () => {
  let sim: ClusterSimulator;
  beforeAll(async () => {
    sim = await startClusterSimulator({ tls: true });
  }, 30_000);
  afterAll(() => sim.close());

  it('serves HTTPS with a certificate that client-node trusts through caData', async () => {
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const cert = new X509Certificate(Buffer.from(sim.caData!, 'base64'));
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.ca).toBe(true);

    sim.apply(llmisvc('team-a', 'secure'));
    const list = await clientsFor(sim).custom.listClusterCustomObject({
      group: 'serving.kserve.io',
      version: 'v1alpha1',
      plural: 'llminferenceservices',
    });
    expect(list.items.map((i: any) => i.metadata.name)).toEqual(['secure']);
  });

  it('is rejected by a client that does not trust the certificate', async () => {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'c', server: sim.url, skipTLSVerify: false }],
      users: [{ name: 'u', token: sim.adminToken }],
      contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
      currentContext: 'x',
    });
    await expect(kc.makeApiClient(CoreV1Api).listNamespace()).rejects.toThrow(
      /self[- ]signed|certificate/i,
    );
  });

  it('reuses the certificate for every simulator of the process', async () => {
    const second = await startClusterSimulator({ tls: true });
    try {
      expect(second.caData).toBe(sim.caData);
    } finally {
      await second.close();
    }
  });
});
