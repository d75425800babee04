import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import {
  parseLlmdPolicyYaml,
  RECOMMENDED_LLMD_POLICY,
} from '@llmd/plugin-llmd-common';
import { nodeCliIo } from '../cliIo';
import { runCli } from '../program';
import { runTestCli } from '../testCliIo';
import { gpuModelManifest } from '../__testUtils__/gpuModelManifest';

const docs = path.join(repoRoot, 'docs');
const samplePolicy = fs.readFileSync(
  path.join(docs, 'examples/policy.yaml'),
  'utf8',
);

const POLICY = [
  'rules:',
  '  max-gpus-per-replica: { severity: deny, max: 2 }',
  '  require-https: { severity: warn }',
  '',
].join('\n');

const model = gpuModelManifest;

const HTTP_GATEWAY = [
  'apiVersion: gateway.networking.k8s.io/v1',
  'kind: Gateway',
  'metadata: { name: gw, namespace: team-a }',
  'spec:',
  '  gatewayClassName: x',
  '  listeners: [{ name: http, protocol: HTTP, port: 80 }]',
  '',
].join('\n');

const tree = (files: Record<string, string>) => ({
  'policy.yaml': POLICY,
  ...Object.fromEntries(
    Object.entries(files).map(([file, content]) => [`repo/${file}`, content]),
  ),
});

const lint = (files: Record<string, string>, ...args: string[]) =>
  runTestCli(tree(files), [
    'lint',
    'manifests',
    'repo',
    '--policy',
    'policy.yaml',
    ...args,
  ]);

describe('llmd lint manifests', () => {
  it('exits 1 on a deny finding and prints one line per finding and a summary', async () => {
    const { code, stdout, stderr } = await lint({
      'tenants/team-a/model.yaml': model(8),
      'tenants/team-a/gateway.yml': HTTP_GATEWAY,
      'tenants/team-a/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [model.yaml]\n',
      'README.md': '# not YAML\n',
    });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'tenants/team-a/gateway.yml: warn require-https spec.listeners: Gateway team-a/gw: the Gateway has no HTTPS listener: tokens and prompts would cross the network unencrypted',
        'tenants/team-a/model.yaml: deny max-gpus-per-replica spec.template.containers[0].resources.limits["nvidia.com/gpu"]: LLMInferenceService team-a/m: a decode replica asks for 8 GPUs; at most 2 are allowed per replica',
        '✖ 1 denial, 1 warning in 2 of 3 files',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 with warnings only, and prints JSON of the files with findings', async () => {
    const { code, stdout } = await lint(
      { 'b/model.yaml': model(1), 'a/gateway.yaml': HTTP_GATEWAY },
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'a/gateway.yaml',
        findings: [
          {
            rule: 'require-https',
            severity: 'warn',
            path: 'spec.listeners',
            message:
              'Gateway team-a/gw: the Gateway has no HTTPS listener: tokens and prompts would cross the network unencrypted',
          },
        ],
      },
    ]);
  });

  it('exits 0 on a clean tree', async () => {
    const { code, stdout } = await lint({ 'model.yaml': model(2) });
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 1 file checked, no findings\n');
    const json = await lint({ 'model.yaml': model(2) }, '--format', 'json');
    expect(json.stdout).toBe('[]\n');
  });

  it('reports YAML errors as deny findings of their file instead of crashing', async () => {
    const { code, stdout } = await lint(
      { 'broken.yaml': `${HTTP_GATEWAY}---\na: [1,\nb: 2\n` },
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout);
    expect(file.file).toBe('broken.yaml');
    expect(file.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'yaml',
      'require-https',
    ]);
    expect(file.findings[0]).toMatchObject({
      severity: 'deny',
      path: '',
      message: expect.stringMatching(/^YAML: /),
    });
  });

  it('uses the recommended policy without --policy, saying so on stderr', async () => {
    const { code, stdout, stderr } = await runTestCli(
      {
        'repo/gateway.yaml': HTTP_GATEWAY.replace(
          'port: 80',
          'port: 80, allowedRoutes: { namespaces: { from: All } }',
        ),
      },
      ['lint', 'manifests', 'repo', '--format', 'json'],
    );
    expect(code).toBe(1);
    expect(stderr).toContain('built-in recommended policy');
    expect(
      JSON.parse(stdout)[0].findings.map((f: { rule: string }) => f.rule),
    ).toEqual(['require-https', 'gateway-from-all']);
  });

  it.each([
    [['lint', 'manifests'], /missing required argument 'dir'/],
    [
      ['lint', 'manifests', 'absent'],
      /^llmd: cannot read directory absent: ENOENT\n$/,
    ],
    [
      ['lint', 'manifests', 'repo', '--policy', 'absent.yaml'],
      /^llmd: cannot read policy file absent.yaml: ENOENT\n$/,
    ],
    [['lint', 'manifests', 'repo', '--format', 'sarif'], /invalid/],
    [
      ['lint', 'manifests', 'repo', '--epp-dialect', 'v9'],
      /^llmd: unknown dialect "v9"/,
    ],
  ])('exits 2 with nothing on stdout for %j', async (args, message) => {
    const { code, stdout, stderr } = await runTestCli(
      { 'repo/model.yaml': model(1), 'policy.yaml': POLICY },
      args,
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('exits 2 on an invalid policy file with one path: message line per problem', async () => {
    const { code, stdout, stderr } = await runTestCli(
      {
        'repo/model.yaml': model(1),
        'policy.yaml':
          'rules:\n  max-gpus: { severity: deny }\n  max-replicas: { severity: block, max: 2 }\n',
      },
      ['lint', 'manifests', 'repo', '--policy', 'policy.yaml'],
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'llmd: invalid policy file policy.yaml:',
        '  rules.max-gpus: unknown rule "max-gpus"; known rules: model-uri-allowed, max-gpus-per-replica, max-gpus-per-model, max-replicas, require-auth, require-https, gateway-from-all, epp-dialect-allowed, epp-lint-errors, dashboard-label, pd-requires-roce, owner-required',
        "  rules.max-replicas.severity: Invalid enum value. Expected 'deny' | 'warn' | 'off', received 'block'",
        '',
      ].join('\n'),
    );
  });

  it('ships docs/examples/policy.yaml as exactly the recommended policy', () => {
    expect(parseLlmdPolicyYaml(samplePolicy)).toEqual({
      policy: RECOMMENDED_LLMD_POLICY,
    });
  });
});

// A GitOps tree shaped like someone else's, the llm-d playbook (__fixtures__/playbook-tree, written for this project:
// the playbook has no licence), copied to a temporary directory, with the sample policy, through the real file system.
describe('llmd lint manifests over a tree shaped like the llm-d playbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-lint-manifests-'));
    fs.cpSync(
      path.join(__dirname, '__fixtures__', 'playbook-tree'),
      path.join(dir, 'repo'),
      { recursive: true },
    );
    fs.writeFileSync(path.join(dir, 'policy.yaml'), samplePolicy);
    // A symlink leading out of the tree is never followed.
    fs.symlinkSync('/etc', path.join(dir, 'repo', 'outside'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports every broken rule by id and exits 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      ...nodeCliIo,
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
    };
    const code = await runCli(
      [
        'lint',
        'manifests',
        path.join(dir, 'repo'),
        '--policy',
        path.join(dir, 'policy.yaml'),
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(err.join('')).toBe(
      'llmd: skipping outside: not a regular file (symlinks are not followed)\n',
    );
    const results: {
      file: string;
      findings: { rule: string; severity: string; path: string }[];
    }[] = JSON.parse(out.join(''));
    const byFile = Object.fromEntries(
      results.map(r => [
        r.file,
        r.findings.map(f => `${f.severity} ${f.rule} ${f.path}`),
      ]),
    );
    expect(Object.keys(byFile)).toEqual([...Object.keys(byFile)].sort());
    // the shared Gateway: plain HTTP, open to all namespaces
    expect(byFile['gateway/gateway.yaml']).toEqual([
      'warn require-https spec.listeners',
      'deny gateway-from-all spec.listeners[0].allowedRoutes.namespaces.from',
    ]);
    // a model with dashboard annotations, auth off and its EPP config after --config-text
    expect(byFile['extra/annotated-model.yaml']).toEqual([
      'deny model-uri-allowed spec.model.uri',
      'deny require-auth metadata.annotations["security.opendatahub.io/enable-auth"]',
      'warn epp-dialect-allowed spec.router.scheduler.template.containers[0].args[16]',
      'warn dashboard-label metadata.labels["opendatahub.io/dashboard"]',
      'deny owner-required metadata.annotations["backstage.io/owner"]',
    ]);
    // a P/D model without namespace or RoCE
    expect(byFile['models/pd-small/llminferenceservice.yaml']).toEqual([
      'deny model-uri-allowed spec.model.uri',
      // the config follows the older --configText flag
      'warn epp-dialect-allowed spec.router.scheduler.template.containers[0].args[18]',
      'warn dashboard-label metadata.labels["opendatahub.io/dashboard"]',
      'warn dashboard-label metadata.annotations["openshift.io/display-name"]',
      'warn pd-requires-roce metadata.annotations["k8s.v1.cni.cncf.io/networks"]',
      'deny owner-required metadata.annotations["backstage.io/owner"]',
    ]);
    // core kinds have no CRD in the bundled catalog: named as unchecked, never passed silently
    expect(byFile['benchmark/job.yaml']).toEqual(['warn schema ']);
    expect(byFile['models/chat/overlays/hf-pvc/pvc.yaml']).toEqual([
      'warn schema ',
    ]);
    const rules = new Set(results.flatMap(r => r.findings.map(f => f.rule)));
    expect([...rules].sort()).toEqual([
      'dashboard-label',
      'epp-dialect-allowed',
      'gateway-from-all',
      'model-uri-allowed',
      'owner-required',
      'pd-requires-roce',
      'require-auth',
      'require-https',
      'schema',
    ]);
    // nine files break a policy rule, two more hold kinds without a schema
    expect(results).toHaveLength(11);
  });
});
