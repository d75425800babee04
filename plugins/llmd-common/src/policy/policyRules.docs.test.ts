import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parseLlmdPolicyYaml } from './parseLlmdPolicy';
import { POLICY_RULE_IDS } from './policyRuleIds';
import { RECOMMENDED_LLMD_POLICY } from './recommendedPolicy';

// docs/governance.md documents every rule and shows the recommended policy as it is.
const doc = fs.readFileSync(path.join(repoRoot, 'docs/governance.md'), 'utf8');

describe('docs/governance.md', () => {
  it.each(POLICY_RULE_IDS)('has a table row for %s', id => {
    expect(doc).toContain(`| \`${id}\``);
  });

  it('shows the recommended policy', () => {
    const sample = doc.match(/```yaml\n(rules:[\s\S]*?)```/)?.[1] ?? '';
    expect(parseLlmdPolicyYaml(sample)).toEqual({
      policy: RECOMMENDED_LLMD_POLICY,
    });
  });
});
