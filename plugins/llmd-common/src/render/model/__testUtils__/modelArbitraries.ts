import fc from 'fast-check';
import { EPP_DIALECT_IDS } from '../../../epp/eppDialects';
import { renderEppPreset } from '../../../epp/eppPresets';
import { LLMISVC_API_VERSIONS, type RenderTarget } from '../../renderTarget';
import type { ModelInputRaw } from '../modelInput';
import { FULL } from './modelFixtures';

/** Test-only: fast-check arbitraries of model service inputs. */

/** Every API version with every EPP dialect. */
const ALL_TARGETS: RenderTarget[] = LLMISVC_API_VERSIONS.flatMap(version =>
  EPP_DIALECT_IDS.map(eppDialect => ({
    llmisvcApiVersion: version,
    eppDialect,
  })),
);

const dnsName = fc.stringMatching(/^[a-z]([-a-z0-9]{0,18}[a-z0-9])?$/);
const noControl = (s: string) =>
  // eslint-disable-next-line no-control-regex -- filtering control characters out of generated text
  !s.includes('{{') && !/[\u0000-\u001f\u007f]/.test(s) && s.length > 0;
const userArg = fc.oneof(
  fc.constantFrom(
    '--max-num-seqs=64',
    '--enable-prefix-caching',
    '--dtype',
    'bfloat16',
    '--override-generation-config',
    '{"temperature": 0.2}',
    "it's",
    '$(id)',
  ),
  // values, never flags: a random flag could collide with a generated one
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter(s => noControl(s) && !s.startsWith('-')),
);
const timings = fc.record(
  {
    failureThreshold: fc.integer({ min: 1, max: 500 }),
    periodSeconds: fc.integer({ min: 1, max: 60 }),
    initialDelaySeconds: fc.integer({ min: 0, max: 600 }),
    timeoutSeconds: fc.integer({ min: 1, max: 60 }),
  },
  { requiredKeys: [] },
);
const toleration = fc.record({
  key: fc.constantFrom('nvidia.com/gpu', 'dedicated', 'example.com/x'),
  operator: fc.constant('Exists' as const),
  effect: fc.constantFrom('NoSchedule', 'PreferNoSchedule', 'NoExecute'),
});

function customConfig(target: RenderTarget, pd: boolean): string | undefined {
  try {
    return renderEppPreset(pd ? 'prefill-decode' : 'default', target.eppDialect)
      .yaml;
  } catch {
    return undefined;
  }
}

/** A target and an input that is valid for it by construction (unless its preset is not expressible there). */
export const validModelCase = fc
  .record({
    target: fc.constantFrom(...ALL_TARGETS),
    pd: fc.boolean(),
    roce: fc.boolean(),
    gpus: fc.integer({ min: 1, max: 8 }),
    prefillGpus: fc.integer({ min: 1, max: 8 }),
    statedTp: fc.boolean(),
    routingChoice: fc.nat(3),
    threshold: fc.integer({ min: 0, max: 5000 }),
    base: fc.record(
      {
        name: dnsName,
        namespace: dnsName,
        displayName: fc.string({ maxLength: 40 }).filter(noControl),
        model: fc.record(
          {
            uri: fc.constantFrom(
              'oci://quay.io/redhat-ai-services/modelcar-catalog:llama-3-1-8b',
              'hf://Qwen/Qwen2.5-7B-Instruct',
              'pvc://models/granite',
              's3://bucket/path/model',
            ),
            name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/:-]{0,30}$/),
          },
          { requiredKeys: ['uri'] },
        ),
        replicas: fc.integer({ min: 0, max: 8 }),
        maxModelLen: fc.integer({ min: 1, max: 262_144 }),
        vllmArgs: fc.array(userArg, { maxLength: 5 }),
        startupProbe: fc.oneof(
          fc.constantFrom(
            { preset: 'default' as const },
            { preset: 'large-model' as const },
          ),
          timings,
        ),
        gateway: fc.record({ name: dnsName, namespace: dnsName }),
        auth: fc.record({ enabled: fc.boolean() }),
        tolerations: fc.oneof(
          fc.constant('default' as const),
          fc.array(toleration, { maxLength: 3 }),
        ),
        dashboard: fc.record(
          {
            hardwareProfileName: dnsName,
            hardwareProfileNamespace: dnsName,
            connection: dnsName,
          },
          { requiredKeys: ['hardwareProfileName'] },
        ),
      },
      { requiredKeys: ['name', 'namespace', 'model'] },
    ),
  })
  .map(c => {
    const routings: ModelInputRaw['routing'][] = c.pd
      ? [
          { preset: 'default' },
          { preset: 'prefill-decode', threshold: c.threshold },
          { preset: 'prefill-decode' },
        ]
      : [
          { preset: 'default' },
          { preset: 'kv-cache-aware' },
          { preset: 'precise-prefix' },
        ];
    const custom = customConfig(c.target, c.pd);
    const routing =
      c.routingChoice === 3 && custom
        ? { preset: 'custom' as const, config: custom }
        : routings[c.routingChoice % 3];
    const raw: ModelInputRaw = {
      ...c.base,
      owner: 'group:default/team-a',
      gpusPerReplica: c.gpus,
      ...(c.statedTp && { tensorParallelSize: c.gpus }),
      routing,
      ...(c.pd && {
        prefill: { replicas: 1, gpusPerReplica: c.prefillGpus },
        ...(c.roce && { roce: { networks: 'roce-p2' } }),
      }),
    };
    return { target: c.target, raw };
  });

const notDns = fc.constantFrom(
  'Upper',
  '-lead',
  'trail-',
  '',
  'a'.repeat(64),
  'a_b',
);
/** A change that breaks FULL, with the field its problem must name. */
export const modelInputMutation: fc.Arbitrary<
  readonly [string, Record<string, unknown>]
> = fc.oneof(
  notDns.map(v => ['name', { name: v }] as const),
  notDns.map(v => ['namespace', { namespace: v }] as const),
  fc
    .constantFrom('team-a', 'group:', '')
    .map(v => ['owner', { owner: v }] as const),
  fc
    .string()
    .filter(s => !/^(oci|hf|pvc|s3):\/\//.test(s))
    .map(v => ['model.uri', { model: { uri: v } }] as const),
  fc
    .constantFrom(0, 17, 1.5, '1', -1, null)
    .map(v => ['gpusPerReplica', { gpusPerReplica: v }] as const),
  fc
    .constantFrom(-1, 1.2, 'two', 1001)
    .map(v => ['replicas', { replicas: v }] as const),
  fc
    .integer({ min: 2, max: 16 })
    .map(v => ['tensorParallelSize', { tensorParallelSize: v }] as const),
  fc
    .constantFrom(0, -5, 'big')
    .map(v => ['maxModelLen', { maxModelLen: v }] as const),
  fc
    .constantFrom(['--port=1'], ['{{ .X }}'], ['a\u0001'], [''], 'x')
    .map(v => ['vllmArgs', { vllmArgs: v }] as const),
  fc
    .string()
    .filter(
      s =>
        ![
          'default',
          'kv-cache-aware',
          'precise-prefix',
          'prefill-decode',
          'custom',
        ].includes(s),
    )
    .map(v => ['routing', { routing: { preset: v } }] as const),
  fc
    .oneof(
      fc.string({ maxLength: 40 }),
      fc.constant('kind: EndpointPickerConfig\n---\nkind: Other\n'),
    )
    .map(
      v => ['routing', { routing: { preset: 'custom', config: v } }] as const,
    ),
  fc
    .constantFrom(
      { failureThreshold: 0 },
      { preset: 'x' },
      { timeoutSeconds: 'y' },
    )
    .map(v => ['startupProbe', { startupProbe: v }] as const),
  fc
    .constantFrom('x', [{ effect: 'bad' }], [{ value: 'v' }], 5)
    .map(v => ['tolerations', { tolerations: v }] as const),
  fc
    .string({ minLength: 1, maxLength: 10 })
    .filter(k => !Object.hasOwn(FULL, k) && k !== '__proto__')
    .map(k => [k, { [k]: 1 }] as const),
  fc.constant(['roce', { prefill: undefined }] as const),
);
