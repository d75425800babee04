import { renderEppPreset } from '@llmd/plugin-llmd-common';
import { stringify } from 'yaml';
import { runTestCli } from '../testCliIo';

const pdConfig = renderEppPreset('prefill-decode', 'scheduler-v0.2').yaml;
/** A model without a prefill pool whose EPP config disaggregates: only the deployment checks see the mismatch. */
const llmisvc = stringify({
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: { name: 'granite', namespace: 'team-a' },
  spec: {
    model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
    router: {
      scheduler: {
        template: {
          containers: [{ name: 'main', args: ['--config-text', pdConfig] }],
        },
      },
    },
  },
});
const files = {
  'llmisvc.yaml': llmisvc,
  'gateway.yaml':
    'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n',
  'fits-v07.yaml': renderEppPreset('prefill-decode', 'scheduler-v0.7').yaml,
};
const run = (...args: string[]) => runTestCli(files, args);

describe('llmd lint epp on manifests', () => {
  it('lints the config an LLMInferenceService carries, with the deployment checks', async () => {
    const result = await run('lint', 'epp', 'llmisvc.yaml');
    expect(result.stdout).toContain(
      'llmisvc.yaml (LLMInferenceService team-a/granite, scheduler container main --config-text): assuming dialect scheduler-v0.2 (the default dialect',
    );
    expect(result.stdout).toMatch(
      /^llmisvc\.yaml \(LLMInferenceService team-a\/granite, scheduler container main --config-text\) warning pd-profile-without-prefill-pool .*\(LLMInferenceService\.spec\)$/m,
    );
    expect(result.code).toBe(0);
    const json = await run('lint', 'epp', '--format', 'json', 'llmisvc.yaml');
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      file: 'llmisvc.yaml',
      source:
        'LLMInferenceService team-a/granite, scheduler container main --config-text',
      dialect: 'scheduler-v0.2',
    });
  });

  it('refuses a file of other objects, pointing at lint manifests', async () => {
    const result = await run('lint', 'epp', 'gateway.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'gateway.yaml holds Gateway, no EndpointPickerConfig and no object that carries one; check Kubernetes manifests with `llmd lint manifests`',
    );
  });

  it('prefers the default dialect without --dialect and says which fits better', async () => {
    const result = await run('lint', 'epp', 'fits-v07.yaml');
    expect(result.stdout).toMatch(
      /^fits-v07\.yaml: assuming dialect scheduler-v0\.2 \(the default dialect, .*; the content fits scheduler-v0\.7 better/m,
    );
    expect(result.code).toBe(1);
  });
});
