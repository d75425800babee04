import { expectGolden, expectValidRender } from '../__testUtils__/expectRender';
import type { RenderTarget } from '../renderTarget';
import type { ModelInputRaw } from './modelInput';
import { renderModelService } from './renderModelService';
import {
  BASIC,
  FULL,
  V1ALPHA1,
  V1ALPHA1_KSERVE_V016,
  V1ALPHA1_V07,
  V1ALPHA2,
  validModel,
} from './__testUtils__/modelFixtures';

const customV02 = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
  - type: single-profile-handler
  - type: queue-scorer
  - type: prefix-cache-scorer
  - type: max-score-picker
schedulingProfiles:
  - name: default
    plugins:
      - pluginRef: queue-scorer
        weight: 1
      - pluginRef: prefix-cache-scorer
        weight: 3
      - pluginRef: max-score-picker
`;

const customRouter = customV02.replace(
  'inference.networking.x-k8s.io/v1alpha1',
  'llm-d.ai/v1alpha1',
);

const PD: ModelInputRaw = { ...BASIC, prefill: { replicas: 2 } };

const cases: ReadonlyArray<
  readonly [string, ModelInputRaw, readonly RenderTarget[]]
> = [
  ['basic', BASIC, [V1ALPHA1, V1ALPHA2]],
  ['full-example', FULL, [V1ALPHA1, V1ALPHA2]],
  ['auth-off', { ...BASIC, auth: { enabled: false } }, [V1ALPHA1]],
  [
    'dashboard',
    {
      ...BASIC,
      displayName: 'Granite 3.3 8B Instruct',
      dashboard: { hardwareProfileName: 'nvidia-gpu-serving' },
    },
    [V1ALPHA1],
  ],
  ['no-gateway', { ...BASIC, gateway: undefined }, [V1ALPHA1]],
  [
    'probe-preset',
    { ...BASIC, startupProbe: { preset: 'large-model' } },
    [V1ALPHA1, V1ALPHA2],
  ],
  [
    'probe-explicit',
    { ...BASIC, startupProbe: { failureThreshold: 120, periodSeconds: 15 } },
    [V1ALPHA1],
  ],
  [
    'max-model-len',
    {
      ...BASIC,
      maxModelLen: 8192,
      vllmArgs: [
        '--max-num-seqs=64',
        '--chat-template-content-format',
        'openai',
      ],
    },
    [V1ALPHA1],
  ],
  [
    'vllm-args-quoted',
    {
      ...BASIC,
      vllmArgs: [
        '--override-generation-config',
        '{"temperature": 0.2}',
        "--served-model-alias=it's",
      ],
    },
    [V1ALPHA1],
  ],
  [
    'tensor-parallel',
    { ...BASIC, gpusPerReplica: 4, tensorParallelSize: 4, replicas: 1 },
    [V1ALPHA1, V1ALPHA2],
  ],
  ['routing-default', { ...BASIC, routing: { preset: 'default' } }, [V1ALPHA1]],
  [
    'routing-kv-cache-aware',
    { ...BASIC, routing: { preset: 'kv-cache-aware' } },
    [V1ALPHA1_V07, V1ALPHA2],
  ],
  [
    'routing-precise-prefix',
    { ...BASIC, routing: { preset: 'precise-prefix' } },
    [V1ALPHA1_V07, V1ALPHA2],
  ],
  [
    'routing-precise-prefix-block-size',
    {
      ...BASIC,
      routing: { preset: 'precise-prefix' },
      vllmArgs: ['--block-size', '64'],
    },
    [V1ALPHA2],
  ],
  [
    'routing-prefill-decode-threshold',
    { ...PD, routing: { preset: 'prefill-decode', threshold: 1000 } },
    [V1ALPHA1, V1ALPHA2],
  ],
  [
    'routing-custom',
    { ...BASIC, routing: { preset: 'custom', config: customV02 } },
    [V1ALPHA1, V1ALPHA1_KSERVE_V016],
  ],
  [
    'routing-custom',
    { ...BASIC, routing: { preset: 'custom', config: customRouter } },
    [V1ALPHA2],
  ],
  ['pd', PD, [V1ALPHA1, V1ALPHA2]],
  [
    'pd-roce',
    {
      ...PD,
      prefill: { replicas: 2, gpusPerReplica: 2 },
      gpusPerReplica: 2,
      roce: { networks: 'roce-p2' },
      startupProbe: { preset: 'default' },
    },
    [V1ALPHA1, V1ALPHA2],
  ],
  [
    'tolerations-list',
    {
      ...BASIC,
      tolerations: [
        { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
        {
          key: 'dedicated',
          operator: 'Equal',
          value: 'inference',
          effect: 'NoExecute',
          tolerationSeconds: 300,
        },
      ],
    },
    [V1ALPHA1],
  ],
  ['tolerations-none', { ...BASIC, tolerations: [] }, [V1ALPHA1]],
];

const goldenCases = cases.flatMap(([name, raw, targets]) =>
  targets.map(
    target =>
      [
        `model-${name}-${target.llmisvcApiVersion}-${target.eppDialect}${
          target.schedulerTemplate ? `-${target.schedulerTemplate}` : ''
        }`,
        raw,
        target,
      ] as const,
  ),
);

describe('renderModelService golden files', () => {
  it.each(goldenCases)('%s', (caseName, raw, target) => {
    const result = renderModelService(validModel(raw, target), target);
    expect(result.files).toHaveLength(3);
    expectValidRender(result);
    expectGolden(caseName, result);
  });
});

describe('renderModelService', () => {
  it('is deterministic: the same input gives byte-identical files', () => {
    const first = renderModelService(validModel(FULL, V1ALPHA1), V1ALPHA1);
    const second = renderModelService(
      validModel(structuredClone(FULL), V1ALPHA1),
      V1ALPHA1,
    );
    expect(second.files).toEqual(first.files);
  });

  it('writes the three files of the GitOps layout, each with a header', () => {
    const result = renderModelService(validModel(BASIC, V1ALPHA1), V1ALPHA1);
    expect(result.files.map(f => f.path)).toEqual([
      'tenants/team-a/models/granite-8b/kustomization.yaml',
      'tenants/team-a/models/granite-8b/llminferenceservice.yaml',
      'tenants/team-a/models/granite-8b/access.yaml',
    ]);
    expect(result.files[1].content).toMatch(
      /^# LLMInferenceService granite-8b of tenant team-a, for serving\.kserve\.io\/v1alpha1 and EPP dialect scheduler-v0\.2\./,
    );
  });

  it('throws, listing the problems, for an input not validated for the target', () => {
    const input = validModel(
      { ...BASIC, routing: { preset: 'precise-prefix' } },
      V1ALPHA1_V07,
    );
    expect(() => renderModelService(input, V1ALPHA1)).toThrow(
      /routing\.preset: precise-prefix cannot be expressed in EPP dialect scheduler-v0\.2/,
    );
  });
});
