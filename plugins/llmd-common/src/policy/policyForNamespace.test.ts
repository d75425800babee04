import type { LlmdPolicy } from './llmdPolicy';
import { policyForNamespace } from './policyForNamespace';
import { RECOMMENDED_LLMD_POLICY } from './recommendedPolicy';

describe('policyForNamespace', () => {
  const policy: LlmdPolicy = {
    rules: {
      'max-gpus-per-model': { severity: 'deny', max: 16 },
      'require-https': { severity: 'warn' },
    },
    overrides: [
      {
        namespaces: ['team-research', 'team-b'],
        rules: { 'max-gpus-per-model': { max: 64 } },
      },
      {
        namespaces: ['team-research'],
        rules: {
          'max-gpus-per-model': { severity: 'warn' },
          'require-https': { severity: 'off' },
          'max-replicas': { severity: 'warn', max: 2 },
        },
      },
    ],
  };

  it('is the plain rules outside the overridden namespaces and for cluster-scoped objects', () => {
    expect(policyForNamespace(policy, 'team-a')).toBe(policy.rules);
    expect(policyForNamespace(policy, undefined)).toBe(policy.rules);
  });

  it('merges the overrides of a namespace field by field, later ones winning', () => {
    expect(policyForNamespace(policy, 'team-b')).toEqual({
      'max-gpus-per-model': { severity: 'deny', max: 64 },
      'require-https': { severity: 'warn' },
    });
    expect(policyForNamespace(policy, 'team-research')).toEqual({
      'max-gpus-per-model': { severity: 'warn', max: 64 },
      'require-https': { severity: 'off' },
      'max-replicas': { severity: 'warn', max: 2 },
    });
  });

  it("applies the sample policy's research override", () => {
    expect(
      policyForNamespace(RECOMMENDED_LLMD_POLICY, 'team-research')[
        'max-gpus-per-model'
      ],
    ).toEqual({ severity: 'deny', max: 64 });
    expect(policy.rules['max-gpus-per-model']).toEqual({
      severity: 'deny',
      max: 16,
    });
  });
});
