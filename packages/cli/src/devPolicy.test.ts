import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse, stringify } from 'yaml';
import { nodeCliIo } from './cliIo';
import { runCli } from './program';

// The dev portal's llmd.policy (app-config.yaml) must let the demo tree through with a few warnings, so the dev
// templates work with their usual values and the fleet page has findings to show.
describe("the dev portal's governance policy", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-dev-policy-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes every deny rule over examples/gitops and warns about HTTP Gateways and P/D without RoCE', async () => {
    const appConfig = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    const policyFile = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policyFile, stringify(appConfig.llmd.policy));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      [
        'lint',
        'manifests',
        path.join(repoRoot, 'examples', 'gitops'),
        '--policy',
        policyFile,
        '--epp-dialect',
        appConfig.llmd.gitops.target.eppDialect,
      ],
      { ...nodeCliIo, stdout: t => out.push(t), stderr: t => err.push(t) },
    );
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    expect(
      out
        .join('')
        .split('\n')
        .map(line => line.split(': ').slice(0, 2).join(': ')),
    ).toEqual([
      'platform/gateways/openshift-ai-inference/gateway.yaml: warn require-https spec.listeners',
      'tenants/team-a/base/gateway.yaml: warn require-https spec.listeners',
      'tenants/team-a/models/llama-3-1-8b-pd/llminferenceservice.yaml: warn pd-requires-roce metadata.annotations["k8s.v1.cni.cncf.io/networks"]',
      '⚠ 0 denials, 3 warnings in 3 of 12 files',
      '',
    ]);
  });
});
