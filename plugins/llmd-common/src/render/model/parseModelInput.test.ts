import { formatInputProblem } from '../inputs/parseRenderInput';
import { DEFAULT_RENDER_TARGET } from '../renderTarget';
import { parseModelInput } from './parseModelInput';
import {
  BASIC,
  FULL,
  V1ALPHA1,
  V1ALPHA1_V07,
  V1ALPHA2,
} from './__testUtils__/modelFixtures';

function problems(raw: unknown, target = V1ALPHA1): string[] {
  const parsed = parseModelInput(raw, target);
  return parsed.success ? [] : parsed.problems.map(formatInputProblem);
}

describe('parseModelInput', () => {
  it('accepts the example input and applies the defaults explicitly', () => {
    const parsed = parseModelInput(BASIC);
    expect(parsed).toEqual({
      success: true,
      value: {
        ...BASIC,
        replicas: 1,
        gpusPerReplica: 1,
        vllmArgs: [],
        auth: { enabled: true },
        routing: { preset: 'default' },
        tolerations: 'default',
      },
    });
    expect(parseModelInput(FULL, DEFAULT_RENDER_TARGET).success).toBe(true);
  });

  it('rejects a model URI with an unsupported scheme, with the exact message', () => {
    expect(
      problems({ ...BASIC, model: { uri: 'http://example.com/model' } }),
    ).toEqual(['model.uri: must start with oci://, hf://, pvc:// or s3://']);
    expect(problems({ ...BASIC, model: { uri: 'hf://' } })).toEqual([
      'model.uri: must name a location after the scheme, without spaces, in at most 2048 characters',
    ]);
  });

  it('requires the tensor-parallel size to equal the GPUs of a pod, for each pool', () => {
    expect(
      problems({ ...BASIC, gpusPerReplica: 4, tensorParallelSize: 2 }),
    ).toEqual([
      'tensorParallelSize: must equal gpusPerReplica (4): the GPUs of one pod serve one tensor-parallel group',
    ]);
    expect(
      problems({
        ...BASIC,
        prefill: { gpusPerReplica: 2, tensorParallelSize: 1 },
      }),
    ).toEqual([
      'prefill.tensorParallelSize: must equal prefill.gpusPerReplica (2): the GPUs of one pod serve one tensor-parallel group',
    ]);
  });

  it('rejects prefill-decode routing without a prefill pool', () => {
    expect(
      problems({ ...BASIC, routing: { preset: 'prefill-decode' } }),
    ).toEqual([
      'routing.preset: prefill-decode needs prefill: a prefill pool to send prompts to',
    ]);
  });

  it('rejects single-profile presets with a prefill pool, and RoCE without one', () => {
    expect(
      problems(
        { ...BASIC, prefill: {}, routing: { preset: 'kv-cache-aware' } },
        V1ALPHA1_V07,
      ),
    ).toEqual([
      'routing.preset: kv-cache-aware schedules one profile and would never use the prefill pool; use prefill-decode or custom with prefill',
    ]);
    expect(problems({ ...BASIC, roce: { networks: 'roce-p2' } })).toEqual([
      'roce: needs prefill: RoCE carries the KV-cache transfer between prefill and decode pods',
    ]);
  });

  it('reports a preset the target EPP cannot express as a problem naming the dialect, never a throw', () => {
    // v0.2 has the KV scorer as kv-cache-scorer (register.go@G v0.5.0), so kv-cache-aware renders there now
    expect(
      problems({ ...BASIC, routing: { preset: 'kv-cache-aware' } }, V1ALPHA1),
    ).toEqual([]);
    expect(
      problems({ ...BASIC, routing: { preset: 'precise-prefix' } }, V1ALPHA1),
    ).toEqual([
      expect.stringMatching(
        /^routing\.preset: precise-prefix cannot be expressed in EPP dialect scheduler-v0\.2: it lacks .*precise-prefix-cache-scorer/,
      ),
    ]);
    expect(
      problems({ ...BASIC, routing: { preset: 'kv-cache-aware' } }, V1ALPHA2),
    ).toEqual([]);
  });

  it('lints a custom EPP config for the target dialect, one problem per error', () => {
    // The guide's P/D config: `config:` instead of `parameters:`, and no prefill pool here either.
    const guideConfig = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: pd-profile-handler
  config:
    threshold: 500
- type: prefill-filter
- type: decode-filter
- type: max-score-picker
schedulingProfiles:
- name: prefill
  plugins:
  - pluginRef: prefill-filter
  - pluginRef: max-score-picker
- name: decode
  plugins:
  - pluginRef: decode-filter
  - pluginRef: max-score-picker
`;
    const found = problems({
      ...BASIC,
      routing: { preset: 'custom', config: guideConfig },
    });
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) {
      expect(problem).toMatch(/^routing\.config: [a-z0-9-]+: \S/);
    }
    expect(found).toContainEqual(
      expect.stringMatching(/^routing\.config: config-instead-of-parameters: /),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^routing\.config: pd-profile-without-prefill-pool: /,
      ),
    );
    expect(
      problems({ ...BASIC, routing: { preset: 'custom', config: 'a: [' } }),
    ).toContainEqual(expect.stringMatching(/^routing\.config: /));
    expect(
      problems(
        {
          ...BASIC,
          routing: {
            preset: 'custom',
            config: 'kind: EndpointPickerConfig\n---\nkind: Other\n',
          },
        },
        V1ALPHA2,
      ),
    ).toEqual(['routing.config: must be a single YAML document']);
  });

  it('rejects vLLM flags the renderer or the serving template sets', () => {
    expect(
      problems({
        ...BASIC,
        prefill: {},
        vllmArgs: [
          '--max-num-seqs=64',
          '--max-model-len=4096',
          '--tensor_parallel_size',
          '2',
          '-tp=2',
          '--kv-transfer-config={}',
          '--block-size',
          '128',
          '--port=9000',
          '--model',
          'x',
          '--served-model-name=x',
          '--max-model',
          '--enable-prefix-caching --foo',
        ],
      }),
    ).toEqual([
      'vllmArgs.1: --max-model-len is generated from maxModelLen; set that instead',
      'vllmArgs.2: --tensor-parallel-size is generated from gpusPerReplica (and tensorParallelSize); set those instead',
      'vllmArgs.4: -tp is generated from gpusPerReplica (and tensorParallelSize); set those instead',
      'vllmArgs.5: --kv-transfer-config is generated for prefill/decode (NixlConnector); remove it',
      'vllmArgs.6: --block-size is generated for prefill/decode (128); remove it',
      'vllmArgs.8: --port is set by the serving template (probes and routing rely on it)',
      'vllmArgs.9: --model is set by the serving template (the model comes from model.uri)',
      'vllmArgs.11: --served-model-name is set by the serving template from model.name; set that instead',
      'vllmArgs.12: --max-model abbreviates --max-model-len, which is generated from maxModelLen; set that instead',
      'vllmArgs.13: must be one flag: write its value as the next item or after =',
    ]);
    // Without P/D, KV transfer (e.g. CPU offloading) and block size are the user's to set.
    expect(
      problems({
        ...BASIC,
        vllmArgs: ['--block-size=64', '--kv-transfer-config', '{}'],
      }),
    ).toEqual([]);
  });

  it('reports unknown fields and wrong types by field, never throwing', () => {
    expect(
      problems({
        ...BASIC,
        extra: 1,
        model: { ...BASIC.model, revision: 'main' },
        gpusPerReplica: 1.5,
        replicas: -1,
        auth: { enabled: 'yes' },
        tolerations: 'none',
        startupProbe: { preset: 'huge' },
        routing: { preset: 'round-robin' },
      }),
    ).toEqual([
      'model.revision: unknown field',
      'replicas: must be at least 0',
      'gpusPerReplica: must be an integer',
      'startupProbe.preset: must be one of default, large-model',
      'auth.enabled: must be true or false',
      'routing.preset: must be one of default, kv-cache-aware, precise-prefix, prefill-decode, custom',
      "tolerations: must be 'default' or a list of tolerations",
      'extra: unknown field',
    ]);
    for (const raw of [undefined, null, 42, 'model', [], {}]) {
      expect(parseModelInput(raw).success).toBe(false);
    }
  });

  it('checks toleration shapes the way the API server does', () => {
    expect(
      problems({
        ...BASIC,
        tolerations: [
          { key: 'a', operator: 'Exists', value: 'b' },
          { operator: 'Equal', value: 'x' },
          { key: 'c', effect: 'NoSchedule', tolerationSeconds: 5 },
          { key: 'd', effect: 'Sometimes' },
        ],
      }),
    ).toEqual([
      'tolerations.0.value: must be empty when operator is Exists',
      'tolerations.1.operator: must be Exists when key is empty',
      'tolerations.2.tolerationSeconds: is only allowed with effect NoExecute',
      'tolerations.3.effect: must be NoSchedule, PreferNoSchedule or NoExecute',
    ]);
  });

  it('keeps Go template actions and shell syntax out of what the controller and the serving script read', () => {
    expect(
      problems({
        ...BASIC,
        displayName: 'My {{ .Name }}',
        model: { uri: 'hf://org/m', name: 'org/m; reboot' },
        vllmArgs: ['--x={{ .GlobalConfig }}', 'line\nbreak'],
      }),
    ).toEqual([
      'displayName: must not contain {{ (the KServe controller expands Go templates in the LLMInferenceService)',
      "model.name: must be a model id of letters, digits and '.', '_', '/', ':', '-' (vLLM gets it through a shell)",
      'vllmArgs.0: must not contain {{ (the KServe controller expands Go templates in the LLMInferenceService)',
      'vllmArgs.1: must not contain control characters',
    ]);
  });

  it('rejects a start-up probe preset combined with explicit timings', () => {
    expect(
      problems({
        ...BASIC,
        startupProbe: { preset: 'default', periodSeconds: 5 },
      }),
    ).toEqual(['startupProbe.preset: cannot be combined with periodSeconds']);
  });
});
