import { runTestCli } from '../testCliIo';

// docs/examples/gitops-ci.yaml keeps policy.yaml at the GitOps repository's root and lints `.`: the policy file is
// read as the policy, not linted as a manifest (it has no apiVersion or kind).
describe('llmd lint manifests with the policy inside the tree', () => {
  it('does not lint the policy file as a manifest', async () => {
    const files = {
      'repo/policy.yaml': 'rules:\n  require-https: { severity: warn }\n',
      'repo/other.yaml': 'rules: {}\n',
    };
    const result = await runTestCli(files, [
      'lint',
      'manifests',
      'repo',
      '--policy',
      'repo/policy.yaml',
    ]);
    expect(result.stdout).not.toContain('policy.yaml');
    expect(result.stdout).toContain(
      'other.yaml: deny schema: apiVersion and kind are required',
    );
  });
});
