import fs from 'node:fs';
import { freePort } from '@internal/test-support';
import { parse, stringify } from 'yaml';
import { DIAGNOSIS_STEP_IDS } from '@llmd/plugin-llmd-common';
import {
  diagnoseSimulatorPerTest,
  namespaceReaderKubeconfig,
  modelUrl,
} from '../__testUtils__/diagnoseSimulator';
import { runTestCliOnDisk } from '../testCliIo';

// a simulator per test and several CLI runs: seconds each on a loaded machine
jest.setTimeout(60_000);

describe('llmd diagnose', () => {
  const t = diagnoseSimulatorPerTest();

  it('exits 0 when the model is reachable: the preflight, the chain and a summary', async () => {
    await modelUrl(t, 'team-a', 'granite-8b');
    const { code, stdout, stderr } = await t.diagnose(
      '-n',
      'team-a',
      'granite-8b',
    );
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^Cluster simulator \(http:\/\/127\.0\.0\.1:\d+\), preflight: \w+\n {2}\S crd-llminferenceservice /,
    );
    expect(stdout).toMatch(
      /\n\nteam-a\/granite-8b: reachable\n {2}✔ crds {16}installed: /,
    );
    expect(stdout).toContain(
      "\n  - probe               not probed (--probe requests the model's /v1/models)\n\n1 of 1 models reachable\n",
    );
    expect(code).toBe(0);
  });

  it('prints the preflight and each model of the cluster: the JSON of the API per model', async () => {
    const { code, stdout, stderr } = await t.diagnose('--format', 'json');
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.preflight).toMatchObject({
      cluster: 'simulator',
      checks: expect.any(Array),
    });
    expect(report.preflight.checks).toHaveLength(10);
    expect(
      report.models.map((m: { namespace: string; name: string }) => [
        m.namespace,
        m.name,
      ]),
    ).toEqual([
      ['team-a', 'granite-8b'],
      ['team-a', 'llama-3-1-8b-pd'],
    ]);
    for (const model of report.models) {
      expect(model).toMatchObject({ cluster: 'simulator' });
      expect(model.steps.map((s: { id: string }) => s.id)).toEqual([
        ...DIAGNOSIS_STEP_IDS,
      ]);
    }
    expect(code).toBe(
      report.models.every((m: { verdict: string }) => m.verdict === 'reachable')
        ? 0
        : 1,
    );
  });

  it('says so and exits 1 when no model matches', async () => {
    const text = await t.diagnose('-n', 'team-a', 'no-such-model');
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(
      'llmd: no LLMInferenceService named no-such-model in namespace team-a\n',
    );
    expect(text.stdout).toMatch(/\n0 of 0 models reachable\n$/);
    const json = await t.diagnose('-n', 'team-b', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).models).toEqual([]);
    expect(json.stderr).toBe(
      'llmd: no LLMInferenceService in namespace team-b\n',
    );
  });

  it('diagnoses a namespace with a token that may only read that namespace', async () => {
    const kubeconfig = namespaceReaderKubeconfig(t, 'team-a');
    const result = await runTestCliOnDisk([
      'diagnose',
      '--kubeconfig',
      kubeconfig,
      '-n',
      'team-a',
      'granite-8b',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    const { preflight, models } = JSON.parse(result.stdout);
    // the cluster-scoped kinds the token may not read are unknown in the preflight, naming the permission
    const checks = Object.fromEntries(
      preflight.checks.map((c: { id: string }) => [c.id, c]),
    );
    expect(checks['crd-gateway-api']).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining(
        'missing permission: list customresourcedefinitions.apiextensions.k8s.io (cluster-wide)',
      ),
    });
    expect(checks.gatewayclasses).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining(
        'get gatewayclasses.gateway.networking.k8s.io',
      ),
    });
    // the model is still diagnosed from what lies in team-a
    expect(models).toHaveLength(1);
    expect(
      models[0].steps
        .slice(0, 9)
        .map((s: { id: string; status: string }) => `${s.id} ${s.status}`),
    ).toEqual(DIAGNOSIS_STEP_IDS.slice(0, 9).map(id => `${id} ok`));
    expect(result.code).toBe(models[0].verdict === 'reachable' ? 0 : 1);
  });

  it('says which permission is missing when the models cannot be listed in every namespace', async () => {
    const result = await runTestCliOnDisk([
      'diagnose',
      '--kubeconfig',
      namespaceReaderKubeconfig(t, 'team-a'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'llmd: cannot list LLMInferenceServices (missing permission: list llminferenceservices.serving.kserve.io (cluster-wide)); name a namespace the credentials may read with -n\n',
    );
  });

  it('reads the cluster of --context, not the current one', async () => {
    const port = await freePort();
    const document = parse(fs.readFileSync(t.kubeconfig, 'utf8'));
    document.clusters.push({
      name: 'elsewhere',
      cluster: { server: `http://127.0.0.1:${port}` },
    });
    document.contexts.push({
      name: 'elsewhere',
      context: { cluster: 'elsewhere', user: 'simulator-user' },
    });
    document['current-context'] = 'elsewhere';
    fs.writeFileSync(t.kubeconfig, stringify(document));
    expect((await t.diagnose('-n', 'team-a')).code).toBe(1);
    const result = await t.diagnose(
      '--context',
      'simulator',
      '-n',
      'team-a',
      '--format',
      'json',
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).preflight.cluster).toBe('simulator');
  });

  it('exits 1 with one line when the API server cannot be reached', async () => {
    const port = await freePort();
    const kubeconfig = t.kubeconfigFor('any');
    fs.writeFileSync(
      kubeconfig,
      fs
        .readFileSync(kubeconfig, 'utf8')
        .replace(new URL(t.sim.url).port, String(port)),
    );
    const result = await runTestCliOnDisk([
      'diagnose',
      '--kubeconfig',
      kubeconfig,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^llmd: Cannot reach the API server http://127\\.0\\.0\\.1:${port} \\(context 'simulator'\\): .*ECONNREFUSED.*\\n$`,
      ),
    );
  });

  it('exits 1 when the API server rejects the credentials, without printing them', async () => {
    const kubeconfig = t.kubeconfigFor('not-a-valid-token');
    const result = await runTestCliOnDisk([
      'diagnose',
      '--kubeconfig',
      kubeconfig,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^llmd: The API server http:\/\/127\.0\.0\.1:\d+ \(context 'simulator'\) rejected the credentials/,
    );
    expect(result.stderr).not.toContain('not-a-valid-token');
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('llmd diagnose over TLS', () => {
  const t = diagnoseSimulatorPerTest({ tls: true });

  it("verifies the API server against the kubeconfig's CA", async () => {
    await modelUrl(t, 'team-a', 'granite-8b');
    const result = await t.diagnose('-n', 'team-a', 'granite-8b');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^Cluster simulator \(https:\/\/127\.0\.0\.1:\d+\), preflight: /,
    );
    expect(result.stdout).toContain('team-a/granite-8b: reachable\n');
    expect(result.code).toBe(0);
  });
});
