import { runTestCli } from '../testCliIo';

const kubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: lab
  cluster: { server: 'https://127.0.0.1:1' }
users:
- name: me
  user: { token: not-a-real-token }
contexts:
- name: lab
  context: { cluster: lab, user: me }
- name: other
  context: { cluster: lab, user: me }
current-context: lab
`;
const files = {
  'kubeconfig.yaml': kubeconfig,
  'no-current.yaml': kubeconfig.replace('current-context: lab\n', ''),
  'not-yaml.yaml': 'clusters: [\n',
};

const run = (...args: string[]) => runTestCli(files, ['diagnose', ...args]);

// Usage errors end before the cluster is contacted: exit 2, one line on stderr, nothing on stdout.
describe('llmd diagnose usage errors', () => {
  it.each([
    [[], 'llmd: diagnose needs --kubeconfig FILE'],
    [
      ['--kubeconfig', 'absent.yaml'],
      'llmd: cannot read kubeconfig absent.yaml: ENOENT',
    ],
    [
      ['--kubeconfig', 'not-yaml.yaml'],
      'llmd: not-yaml.yaml is not a kubeconfig',
    ],
    [
      ['--kubeconfig', 'kubeconfig.yaml', '--context', 'prod'],
      'llmd: no context "prod" in kubeconfig.yaml (contexts: lab, other)',
    ],
    [
      ['--kubeconfig', 'no-current.yaml'],
      'llmd: no-current.yaml has no current-context; pass --context (contexts: lab, other)',
    ],
    [
      ['--kubeconfig', 'kubeconfig.yaml', '--format', 'yaml'],
      "error: option '--format <format>' argument 'yaml' is invalid",
    ],
    [
      ['--kubeconfig', 'kubeconfig.yaml', 'a', 'b'],
      'error: too many arguments',
    ],
  ])('%j exits 2', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
