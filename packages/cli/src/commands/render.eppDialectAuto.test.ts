import fs from 'node:fs';
import path from 'node:path';
import { vendorPath } from '@internal/test-support';
import { expectValidManifests } from '@llmd/crd-validator';
import { parseAllDocuments, stringify } from 'yaml';
import { runTestCli } from '../testCliIo';

// Test fixtures live in the source tree.
const model = fs.readFileSync(
  path.join(__dirname, '__fixtures__', 'render', 'model-pd-roce.yaml'),
  'utf8',
);
const openShiftAiTemplate = fs.readFileSync(
  vendorPath(
    'kserve/odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml',
  ),
  'utf8',
);
const kserveTemplate = fs.readFileSync(
  vendorPath(
    'kserve/upstream-v0.16.0/config/llmisvcconfig/config-llm-scheduler.yaml',
  ),
  'utf8',
);
/** The EPP Deployment the controller makes of a model with its own v0.7.1 scheduler image. */
const eppDeployment = stringify({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'granite-8b-kserve-router-scheduler', namespace: 'team-a' },
  spec: {
    template: {
      spec: {
        containers: [
          {
            name: 'main',
            image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1',
            args: ['--pool-name', 'granite-8b-inference-pool'],
          },
        ],
      },
    },
  },
});

const files = {
  'model.yaml': model,
  'openshift-ai.yaml': openShiftAiTemplate,
  'kserve.yaml': kserveTemplate,
  'deployment.yaml': eppDeployment,
};

/** Renders the P/D model with `--epp-dialect auto` against a scheduler file; the scheduler args and stderr. */
async function renderAuto(schedulerFile: string) {
  const result = await runTestCli(files, [
    'render',
    'model',
    '-f',
    'model.yaml',
    '--epp-dialect',
    'auto',
    '--scheduler-file',
    schedulerFile,
  ]);
  expect(result.code).toBe(0);
  expectValidManifests(result.stdout);
  const llmisvc = parseAllDocuments(result.stdout)
    .map(d => d.toJS())
    .find(d => d.kind === 'LLMInferenceService');
  const args: string[] =
    llmisvc.spec.router.scheduler.template.containers[0].args;
  return { args, stderr: result.stderr, stdout: result.stdout };
}

describe('llmd render --epp-dialect auto', () => {
  it("reads OpenShift AI's template: kebab-case flags decide over the v0.2.0 tag, and the config goes to --config-text", async () => {
    const { args, stderr, stdout } = await renderAuto('openshift-ai.yaml');
    expect(stderr).toContain(
      'llmd: EPP dialect scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them)\n',
    );
    expect(stderr).toContain(
      '  Image tag v0.2.0 names scheduler-v0.2, but that version does not define the kebab-case flags',
    );
    expect(stdout).toContain('EPP dialect scheduler-v0.3');
    expect(args[0]).toBe('--pool-name');
    expect(args).toContain('--config-text');
    expect(args).not.toContain('--configText');
  });

  it("reads upstream KServe v0.16's template: v0.2, its camelCase arguments and --configText", async () => {
    const { args, stderr } = await renderAuto('kserve.yaml');
    expect(stderr).toContain(
      'llmd: EPP dialect scheduler-v0.2 — from image tag v0.2.0\n',
    );
    expect(args.slice(0, 2)).toEqual([
      '--poolName',
      '{{ ChildName .ObjectMeta.Name `-inference-pool` }}',
    ]);
    expect(args).toContain('--configText');
    expect(args).not.toContain('--config-text');
  });

  it("reads the image tag of the EPP's Deployment", async () => {
    const { stderr, stdout } = await renderAuto('deployment.yaml');
    expect(stderr).toContain(
      'llmd: EPP dialect scheduler-v0.7 — from image tag v0.7.1\n',
    );
    expect(stdout).toContain('EPP dialect scheduler-v0.7');
  });

  it('needs a scheduler file', async () => {
    const result = await runTestCli(files, [
      'render',
      'model',
      '-f',
      'model.yaml',
      '--epp-dialect',
      'auto',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--epp-dialect auto needs --scheduler-file',
    );
  });
});
