import {
  expectedVerdict,
  factVerdict,
  factRows,
  eppDocument,
  pdDocument,
  singleProfile,
  type DialectFactCase,
} from './__testUtils__/dialectFactCases';

// DIALECT-FACTS tables scheduler-v0.5 (S v0.5.x + G v1.3.0) and scheduler-v0.6 (S v0.6.x + G fd30cb97714a).
const api = 'inference.networking.x-k8s.io/v1alpha1';
const legacy = (body: Record<string, unknown>) => eppDocument(api, body);
const headers = { type: 'prefill-header-handler' };
const weighted = (weight: number) =>
  legacy({
    plugins: [{ type: 'queue-scorer' }],
    schedulingProfiles: [
      { name: 'default', plugins: [{ pluginRef: 'queue-scorer', weight }] },
    ],
  });

const v05: DialectFactCase[] = [
  {
    fact: 'featureGates and the thresholds-style saturationDetector exist; flowControl does not',
    source: 'apix/config/v1alpha1/endpointpickerconfig_types.go@G v1.3.0',
    config: legacy({
      featureGates: ['flowControl'],
      saturationDetector: { queueDepthThreshold: 5, kvCacheUtilThreshold: 0.8 },
      flowControl: {},
    }),
    errors: ['unknown-field'],
  },
  {
    fact: 'feature gates dataLayer, flowControl, prepareDataPlugins; any other is an error',
    source:
      'runner.go@G v1.3.0 parseConfigurationPhaseOne; loader/validation.go validateFeatureGates',
    config: legacy({ featureGates: ['prepareDataPlugins', 'somethingElse'] }),
    errors: ['unknown-feature-gate'],
  },
  {
    fact: 'weight is *int',
    source: 'endpointpickerconfig_types.go@G v1.3.0',
    config: weighted(1.5),
    errors: ['invalid-weight'],
  },
  {
    fact: '`data:` while the dataLayer gate is off is an error',
    source: 'loader/configloader.go@G v1.3.0 buildDataLayerConfig',
    config: legacy({ data: { sources: [] } }),
    errors: ['data-layer-gate-mismatch'],
  },
  {
    fact: 'the dataLayer gate without `data:` is an error',
    source: 'loader/configloader.go@G v1.3.0 buildDataLayerConfig',
    config: legacy({ featureGates: ['dataLayer'] }),
    errors: ['data-layer-gate-mismatch'],
  },
  {
    fact: 'single-profile-handler with more than one profile is a load error',
    source: 'loader/configloader.go@G v1.3.0 buildSchedulerConfig',
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
    errors: ['single-handler-multi-profile'],
  },
  {
    fact: 'a picker before an unweighted scorer is fine (nil weight → 1)',
    source: 'loader/defaults.go@G v1.3.0 ensureSchedulingLayer',
    config: legacy(
      singleProfile([
        'max-score-picker',
        'no-hit-lru-scorer',
        'running-requests-size-scorer',
      ]),
    ),
    errors: [],
  },
  {
    fact: 'no deciders yet',
    source: 'pkg/plugins/register.go@S v0.5.0',
    config: legacy({ plugins: [{ type: 'prefix-based-pd-decider' }] }),
    errors: ['unknown-plugin-type'],
  },
  {
    fact: 'pd-profile-handler takes threshold, prefixPluginType, primaryPort; no decider lookup',
    source: 'pkg/plugins/profile/pd_profile_handler.go@S v0.5.0',
    config: pdDocument(api, [
      headers,
      {
        type: 'pd-profile-handler',
        parameters: {
          threshold: 500,
          prefixPluginType: 'prefix-cache-scorer',
          primaryPort: 8000,
        },
      },
    ]),
    errors: [],
  },
  {
    fact: 'prefix-cache-scorer takes autoTune, blockSize (characters)',
    source: '.../multi/prefix/plugin.go@G v1.3.0',
    config: legacy(
      singleProfile([
        {
          type: 'prefix-cache-scorer',
          parameters: { autoTune: false, blockSize: 64 },
        },
      ]),
    ),
    errors: [],
  },
];

const v06: DialectFactCase[] = [
  {
    fact: 'weight is *float64',
    source: 'endpointpickerconfig_types.go@G fd30cb97714a',
    config: weighted(1.5),
    errors: [],
  },
  {
    fact: 'flowControl exists; `data:` loads without the dataLayer gate',
    source:
      'endpointpickerconfig_types.go, loader/configloader.go buildDataLayerConfig@G fd30cb97714a',
    config: legacy({
      featureGates: ['flowControl'],
      flowControl: {
        maxBytes: '1Gi',
        priorityBands: [{ priority: 0, maxBytes: '512Mi' }],
      },
      data: { sources: [] },
    }),
    errors: [],
  },
  {
    fact: 'a bare pd-profile-handler (the v0.2 sample) fails: its default decider always-disagg-pd-decider is looked up',
    source:
      'pkg/plugins/profile/pd_profile_handler.go@S v0.6.0 PdProfileHandlerFactory',
    config: pdDocument(api, [headers, { type: 'pd-profile-handler' }]),
    errors: ['pd-decider-not-declared'],
  },
  {
    fact: 'the decider must be instantiated before the handler (list order)',
    source: 'loader/configloader.go@G fd30cb97714a instantiatePlugins',
    config: pdDocument(api, [
      headers,
      { type: 'pd-profile-handler' },
      { type: 'always-disagg-pd-decider' },
    ]),
    errors: ['pd-decider-not-declared'],
  },
  {
    fact: 'an explicit deciderPluginName declared after the handler fails the same way',
    source: 'loader/configloader.go@G fd30cb97714a instantiatePlugins',
    config: pdDocument(api, [
      headers,
      {
        type: 'pd-profile-handler',
        parameters: { deciderPluginName: 'prefix-based-pd-decider' },
      },
      { type: 'prefix-based-pd-decider', parameters: { nonCachedTokens: 100 } },
    ]),
    errors: ['plugin-ref-before-definition'],
  },
  {
    fact: 'threshold is dropped and silently ignored; the decider first loads',
    source: 'pkg/plugins/profile/pd_profile_handler.go@S v0.6.0',
    config: pdDocument(api, [
      headers,
      { type: 'always-disagg-pd-decider' },
      { type: 'pd-profile-handler', parameters: { threshold: 500 } },
    ]),
    errors: [],
    warnings: ['moved-parameter'],
  },
  {
    fact: 'nonCachedTokens 0 means always disaggregate here',
    source:
      'pkg/plugins/profile/prefix_based_pd_decider.go@S v0.6.0 disaggregate',
    config: pdDocument(api, [
      headers,
      { type: 'prefix-based-pd-decider', parameters: { nonCachedTokens: 0 } },
      {
        type: 'pd-profile-handler',
        parameters: { deciderPluginName: 'prefix-based-pd-decider' },
      },
    ]),
    errors: [],
    warnings: ['pd-decider-always-disaggregates'],
  },
  {
    fact: 'prefix-cache-scorer blockSize without blockSizeTokens is a load error',
    source:
      'pkg/epp/framework/plugins/scheduling/scorer/prefix/plugin.go@G fd30cb97714a New',
    config: legacy(
      singleProfile([
        { type: 'prefix-cache-scorer', parameters: { blockSize: 64 } },
      ]),
    ),
    errors: ['parameter-needs-companion'],
  },
  {
    fact: 'prefix-cache-scorer with blockSizeTokens (and blockSize) loads',
    source: '.../scorer/prefix/plugin.go@G fd30cb97714a',
    config: legacy(
      singleProfile([
        {
          type: 'prefix-cache-scorer',
          parameters: { blockSizeTokens: 16, blockSize: 64 },
        },
      ]),
    ),
    errors: [],
  },
  {
    fact: 'disagg-profile-handler does not exist yet',
    source: 'pkg/plugins/register.go@S v0.6.0',
    config: legacy({ plugins: [{ type: 'disagg-profile-handler' }] }),
    errors: ['unknown-plugin-type'],
  },
];

describe('scheduler-v0.5: DIALECT-FACTS rows', () => {
  it.each(factRows(v05))('%s', (_title, c) =>
    expect(factVerdict('scheduler-v0.5', c)).toEqual(expectedVerdict(c)),
  );
});
describe('scheduler-v0.6: DIALECT-FACTS rows', () => {
  it.each(factRows(v06))('%s', (_title, c) =>
    expect(factVerdict('scheduler-v0.6', c)).toEqual(expectedVerdict(c)),
  );
});
