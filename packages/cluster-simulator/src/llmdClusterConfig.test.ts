import { llmdClusterConfig } from './llmdClusterConfig';

describe('llmdClusterConfig', () => {
  it('points llmd.clusters at the simulator, with its CA only under TLS', () => {
    expect(
      llmdClusterConfig({
        url: 'https://127.0.0.1:1',
        adminToken: 't',
        caData: 'ca',
      }),
    ).toEqual({
      name: 'demo',
      url: 'https://127.0.0.1:1',
      auth: { serviceAccountToken: 't' },
      caData: 'ca',
    });
    expect(
      llmdClusterConfig({ url: 'http://127.0.0.1:1', adminToken: 't' }, 'east'),
    ).toEqual({
      name: 'east',
      url: 'http://127.0.0.1:1',
      auth: { serviceAccountToken: 't' },
      skipTLSVerify: true,
    });
  });
});
