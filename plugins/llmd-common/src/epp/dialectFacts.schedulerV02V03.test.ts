import {
  expectedVerdict,
  factVerdict,
  factRows,
  eppDocument,
  singleProfile,
  type DialectFactCase,
} from './__testUtils__/dialectFactCases';

// DIALECT-FACTS (scheduler-v0.2 in detail, S v0.2.0 flags and KV metric; scheduler-v0.3 table).
const legacy = (body: Record<string, unknown>) =>
  eppDocument('inference.networking.x-k8s.io/v1alpha1', body);

const pd = (handler: Record<string, unknown>) =>
  legacy({
    plugins: [
      { type: 'prefill-header-handler' },
      { type: 'prefill-filter' },
      { type: 'decode-filter' },
      { type: 'max-score-picker' },
      handler,
    ],
    schedulingProfiles: ['prefill', 'decode'].map(name => ({
      name,
      plugins: [
        { pluginRef: `${name}-filter` },
        { pluginRef: 'max-score-picker' },
      ],
    })),
  });

const v02: DialectFactCase[] = [
  {
    fact: '`config:` in a plugin entry fails strict decoding',
    source:
      'pkg/epp/config/loader/configloader.go@G v0.5.0 (serializer.EnableStrict)',
    config: legacy({ plugins: [{ type: 'queue-scorer', config: {} }] }),
    errors: ['config-instead-of-parameters'],
  },
  {
    fact: 'weight is *int: 1.5 fails to decode, 2.0 decodes as 2',
    source: 'apix/config/v1alpha1 types@G v0.5.0',
    config: legacy({
      plugins: [{ type: 'queue-scorer' }, { type: 'load-aware-scorer' }],
      schedulingProfiles: [
        {
          name: 'default',
          plugins: [
            { pluginRef: 'queue-scorer', weight: 1.5 },
            { pluginRef: 'load-aware-scorer', weight: 2.0 },
          ],
        },
      ],
    }),
    errors: ['invalid-weight'],
  },
  {
    fact: 'a scorer without weight is an error before GIE v1.0',
    source: 'pkg/epp/config/loader@G v0.5.0',
    config: legacy(singleProfile(['queue-scorer', 'max-score-picker'])),
    errors: ['missing-weight'],
  },
  {
    fact: 'kv-cache-scorer is the v0.2 name; it reads vllm:gpu_cache_usage_perc by default',
    source:
      'scheduling/framework/plugins/scorer/kvcache.go, pkg/epp/server/runserver.go@G v0.5.0',
    config: legacy(singleProfile(['kv-cache-scorer'], ['kv-cache-scorer'])),
    errors: [],
    warnings: ['kv-metric-default-outdated'],
  },
  {
    fact: 'kv-cache-utilization-scorer does not exist yet',
    source: 'cmd/epp/runner/register.go@G v0.5.0',
    config: legacy(
      singleProfile(
        ['kv-cache-utilization-scorer'],
        ['kv-cache-utilization-scorer'],
      ),
    ),
    errors: ['unknown-plugin-type'],
  },
  {
    fact: 'pd-profile-handler takes threshold; prefill-header-handler writes the headers',
    source: 'pkg/plugins/profile/pd_profile_handler.go@S v0.2.0',
    config: pd({ type: 'pd-profile-handler', parameters: { threshold: 500 } }),
    errors: [],
  },
  {
    fact: 'no featureGates field',
    source: 'apix/config/v1alpha1 types@G v0.5.0',
    config: legacy({ featureGates: ['dataLayer'] }),
    errors: ['unknown-field'],
  },
];

const v03: DialectFactCase[] = [
  {
    fact: 'only inference.networking.x-k8s.io/v1alpha1 is registered',
    source: 'apix/config/v1alpha1/zz_generated.register.go@G v1.0.0',
    config: eppDocument('llm-d.ai/v1alpha1', {}),
    errors: ['unknown-api-version'],
  },
  ...['featureGates', 'saturationDetector', 'data'].map(
    (field): DialectFactCase => ({
      fact: `no \`${field}\` field (strict decode)`,
      source: 'apix/config/v1alpha1/endpointpickerconfig_types.go@G v1.0.0',
      config: legacy({ [field]: field === 'featureGates' ? [] : {} }),
      errors: ['unknown-field'],
    }),
  ),
  {
    fact: 'weight is *int: 1.5 fails to decode',
    source: 'endpointpickerconfig_types.go@G v1.0.0',
    config: legacy({
      plugins: [{ type: 'queue-scorer' }],
      schedulingProfiles: [
        {
          name: 'default',
          plugins: [{ pluginRef: 'queue-scorer', weight: 1.5 }],
        },
      ],
    }),
    errors: ['invalid-weight'],
  },
  {
    fact: 'a missing weight before the picker defaults to 1',
    source: 'pkg/epp/config/loader/defaults.go@G v1.0.0',
    config: legacy(singleProfile(['queue-scorer', 'max-score-picker'])),
    errors: [],
  },
  {
    fact: 'a picker listed before an unweighted scorer: nil weight, panic at startup',
    source:
      'loader/defaults.go setDefaultsPhaseTwo, loader/configloader.go@G v1.0.0',
    config: legacy(singleProfile(['max-score-picker', 'queue-scorer'])),
    errors: ['unweighted-scorer-after-picker'],
  },
  {
    fact: 'single-profile-handler with 2 profiles loads, then every request fails',
    source:
      'loader/configloader.go loadSchedulerConfig, single_profile_handler.go@G v1.0.0',
    config: legacy({
      plugins: [
        { type: 'single-profile-handler' },
        { type: 'max-score-picker' },
      ],
      schedulingProfiles: ['a', 'b'].map(name => ({
        name,
        plugins: [{ pluginRef: 'max-score-picker' }],
      })),
    }),
    errors: [],
    warnings: ['single-handler-multi-profile'],
  },
  ...['low-queue-filter', 'least-kv-cache-filter', 'kv-cache-scorer'].map(
    (type): DialectFactCase => ({
      fact: `${type} is not registered (GIE v0.5 only)`,
      source: 'cmd/epp/runner/runner.go@G v1.0.0 registerInTreePlugins',
      config: legacy({ plugins: [{ type }] }),
      errors: ['unknown-plugin-type'],
    }),
  ),
  {
    fact: 'kv-cache-utilization-scorer still reads vllm:gpu_cache_usage_perc',
    source: 'pkg/epp/server/runserver.go@G v1.0.0',
    config: legacy(singleProfile(['kv-cache-utilization-scorer'])),
    errors: [],
    warnings: ['kv-metric-default-outdated'],
  },
  {
    fact: 'parameters are not strict: unknown keys are ignored',
    source:
      'pkg/plugins/profile/pd_profile_handler.go@S v0.3.0 (json.Unmarshal)',
    config: pd({
      type: 'pd-profile-handler',
      parameters: { threshold: 100, prefixPluginName: 'x', typo: 1 },
    }),
    errors: [],
    warnings: ['unknown-parameter'],
  },
  {
    fact: 'prefix-cache-scorer takes hashBlockSize, maxPrefixBlocksToMatch, lruCapacityPerServer',
    source: '.../multi/prefix/plugin.go@G v1.0.0',
    config: legacy(
      singleProfile([
        {
          type: 'prefix-cache-scorer',
          parameters: {
            hashBlockSize: 64,
            maxPrefixBlocksToMatch: 256,
            lruCapacityPerServer: 31250,
          },
        },
        'active-request-scorer',
        'weighted-random-picker',
      ]),
    ),
    errors: [],
  },
];

describe('scheduler-v0.2: DIALECT-FACTS rows', () => {
  it.each(factRows(v02))('%s', (_title, c) =>
    expect(factVerdict('scheduler-v0.2', c)).toEqual(expectedVerdict(c)),
  );
});
describe('scheduler-v0.3: DIALECT-FACTS rows', () => {
  it.each(factRows(v03))('%s', (_title, c) =>
    expect(factVerdict('scheduler-v0.3', c)).toEqual(expectedVerdict(c)),
  );
});
