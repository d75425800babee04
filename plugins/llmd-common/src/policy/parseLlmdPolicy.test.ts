import { parseLlmdPolicy, parseLlmdPolicyYaml } from './parseLlmdPolicy';
import { POLICY_RULE_IDS } from './policyRuleIds';
import { RECOMMENDED_LLMD_POLICY } from './recommendedPolicy';

const problemsOf = (value: unknown) => {
  const result = parseLlmdPolicy(value);
  return 'problems' in result ? result.problems : [];
};

describe('parseLlmdPolicy', () => {
  it('accepts the sample policy and an empty one', () => {
    expect(parseLlmdPolicy(RECOMMENDED_LLMD_POLICY)).toEqual({
      policy: RECOMMENDED_LLMD_POLICY,
    });
    expect(parseLlmdPolicy({})).toEqual({
      policy: { rules: {}, overrides: [] },
    });
  });

  it('names an unknown rule id and lists the known ones', () => {
    expect(
      problemsOf({ rules: { 'max-gpus': { severity: 'deny', max: 2 } } }),
    ).toEqual([
      {
        path: 'rules.max-gpus',
        message: `unknown rule "max-gpus"; known rules: ${POLICY_RULE_IDS.join(
          ', ',
        )}`,
      },
    ]);
  });

  it('reports every bad severity, option and key at once, by path', () => {
    const problems = problemsOf({
      rules: {
        'require-auth': { severity: 'block' },
        'max-replicas': { severity: 'warn', max: 0 },
        'model-uri-allowed': { severity: 'deny' },
        'epp-dialect-allowed': { severity: 'warn', dialects: ['v9'] },
        'gateway-from-all': { severity: 'deny', except: ['x'] },
        typo: {},
      },
      extra: true,
    });
    expect(problems.map(p => p.path).sort()).toEqual([
      '',
      'rules.epp-dialect-allowed.dialects[0]',
      'rules.gateway-from-all',
      'rules.max-replicas.max',
      'rules.model-uri-allowed.prefixes',
      'rules.require-auth.severity',
      'rules.typo',
    ]);
    expect(problems.find(p => p.path === '')?.message).toMatch(/'extra'/);
    expect(
      problems.find(p => p.path === 'rules.gateway-from-all')?.message,
    ).toMatch(/'except'/);
  });

  it('accepts partial overrides of configured rules, and `off`', () => {
    const result = parseLlmdPolicy({
      rules: { 'max-gpus-per-model': { severity: 'deny', max: 16 } },
      overrides: [
        {
          namespaces: ['team-research'],
          rules: { 'max-gpus-per-model': { max: 64 } },
        },
        {
          namespaces: ['sandbox'],
          rules: { 'max-gpus-per-model': { severity: 'off' } },
        },
      ],
    });
    expect('policy' in result).toBe(true);
  });

  it('requires an override of an unconfigured rule to be complete', () => {
    expect(
      problemsOf({
        overrides: [
          {
            namespaces: ['a'],
            rules: { 'max-replicas': { severity: 'warn' } },
          },
        ],
      }),
    ).toEqual([
      {
        path: 'overrides[0].rules.max-replicas.max',
        message:
          'Required (the rule is not in rules, so this override must set it completely)',
      },
    ]);
    expect(problemsOf({ overrides: [{ namespaces: [], rules: {} }] })).toEqual([
      {
        path: 'overrides[0].namespaces',
        message: 'Array must contain at least 1 element(s)',
      },
    ]);
  });
});

describe('parseLlmdPolicyYaml', () => {
  it('reads a policy file', () => {
    expect(
      parseLlmdPolicyYaml(
        'rules:\n  require-auth: { severity: deny }\noverrides: []\n',
      ),
    ).toEqual({
      policy: {
        rules: { 'require-auth': { severity: 'deny' } },
        overrides: [],
      },
    });
  });

  it('reports YAML errors and duplicate keys instead of throwing', () => {
    const broken = parseLlmdPolicyYaml('rules: [\n');
    expect('problems' in broken && broken.problems[0].message).toMatch(
      /^YAML: /,
    );
    const duplicate = parseLlmdPolicyYaml(
      'rules:\n  require-auth: { severity: deny }\n  require-auth: { severity: warn }\n',
    );
    expect('problems' in duplicate && duplicate.problems[0].message).toMatch(
      /^YAML: Map keys must be unique/,
    );
  });

  it('reports an empty file or a list as not a policy', () => {
    expect(parseLlmdPolicyYaml('')).toEqual({
      problems: [{ path: '', message: 'Expected object, received null' }],
    });
    expect('problems' in parseLlmdPolicyYaml('- a\n')).toBe(true);
  });
});
