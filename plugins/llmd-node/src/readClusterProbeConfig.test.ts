import { readOneCluster } from './__testUtils__/readOneCluster';

function probeOf(probe: unknown) {
  return readOneCluster(probe !== undefined ? { probe } : {}).probe;
}

describe('llmd.clusters[].probe', () => {
  it('is off with the built-in limits when absent or empty', () => {
    const off = {
      enabled: false,
      timeoutMs: 5000,
      concurrency: 4,
      skipTLSVerify: false,
    };
    expect(probeOf(undefined)).toEqual(off);
    expect(probeOf({})).toEqual(off);
  });

  it('reads every key', () => {
    expect(
      probeOf({
        enabled: true,
        timeoutMs: 1500,
        concurrency: 2,
        caData: ' Q0E= ',
        skipTLSVerify: true,
      }),
    ).toEqual({
      enabled: true,
      timeoutMs: 1500,
      concurrency: 2,
      caData: 'Q0E=',
      skipTLSVerify: true,
    });
  });

  it('rejects bad values naming the key', () => {
    expect(() => probeOf({ timeoutMs: 0 })).toThrow(
      "Invalid config at 'llmd.clusters[0].probe.timeoutMs': 0 is not a whole number from 1 to 60000",
    );
    expect(() => probeOf({ concurrency: 2.5 })).toThrow(
      "'llmd.clusters[0].probe.concurrency': 2.5 is not a whole number from 1 to 64",
    );
    expect(() => probeOf({ enabled: 'maybe' })).toThrow(
      /llmd\.clusters\[0\]\.probe\.enabled/,
    );
    expect(() => probeOf({ caData: '  ' })).toThrow(
      "Invalid config at 'llmd.clusters[0].probe.caData': the CA bundle is empty",
    );
    expect(() => probeOf({ enable: true })).toThrow(
      "Invalid config at 'llmd.clusters[0].probe': unknown key(s) enable; expected enabled, timeoutMs, concurrency, caData or skipTLSVerify",
    );
  });
});
