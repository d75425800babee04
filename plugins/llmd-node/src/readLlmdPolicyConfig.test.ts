import { ConfigReader } from '@backstage/config';
import { RECOMMENDED_LLMD_POLICY } from '@llmd/plugin-llmd-common';
import { readLlmdPolicyConfig } from './readLlmdPolicyConfig';

describe('readLlmdPolicyConfig', () => {
  it('is undefined without llmd.policy', () => {
    expect(readLlmdPolicyConfig(new ConfigReader({}))).toBeUndefined();
    expect(
      readLlmdPolicyConfig(new ConfigReader({ llmd: { catalog: {} } })),
    ).toBeUndefined();
  });

  it('reads the sample policy as written in app-config', () => {
    const config = new ConfigReader({
      llmd: {
        policy: JSON.parse(JSON.stringify(RECOMMENDED_LLMD_POLICY)),
      },
    });
    expect(readLlmdPolicyConfig(config)).toEqual(RECOMMENDED_LLMD_POLICY);
  });

  it('defaults overrides to none', () => {
    const config = new ConfigReader({
      llmd: { policy: { rules: { 'require-auth': { severity: 'deny' } } } },
    });
    expect(readLlmdPolicyConfig(config)).toEqual({
      rules: { 'require-auth': { severity: 'deny' } },
      overrides: [],
    });
  });

  it('fails with every bad key named in full', () => {
    const config = new ConfigReader({
      llmd: {
        policy: {
          rules: {
            'max-gpus-per-model': { severity: 'deny', max: 'lots' },
            'require-tls': { severity: 'deny' },
          },
          overrides: [{ namespaces: ['team-research'], rules: 'none' }],
        },
      },
    });
    expect(() => readLlmdPolicyConfig(config)).toThrow(
      [
        'Invalid config at llmd.policy:',
        '  llmd.policy.rules.max-gpus-per-model.max: Expected number, received string',
        '  llmd.policy.rules.require-tls: unknown rule "require-tls"; known rules: model-uri-allowed, max-gpus-per-replica, max-gpus-per-model, max-replicas, require-auth, require-https, gateway-from-all, epp-dialect-allowed, epp-lint-errors, dashboard-label, pd-requires-roce, owner-required',
        '  llmd.policy.overrides[0].rules: Expected object, received string',
      ].join('\n'),
    );
  });
});
