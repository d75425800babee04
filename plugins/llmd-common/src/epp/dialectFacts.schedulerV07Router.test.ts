import {
  expectedVerdict,
  factVerdict,
  factRows,
  eppDocument,
  pdDocument,
  singleProfile,
  type DialectFactCase,
} from './__testUtils__/dialectFactCases';

// DIALECT-FACTS tables scheduler-v0.7 (S v0.7.x + G v1.4.0) and router-v0.9 (R v0.9.0), and the v0.10 stageOrder row.
const gie = 'inference.networking.x-k8s.io/v1alpha1';
const llmd = 'llm-d.ai/v1alpha1';
const headers = { type: 'disagg-headers-handler' };
const decider = {
  type: 'prefix-based-pd-decider',
  parameters: { nonCachedTokens: 100 },
};
const disagg = (parameters: Record<string, unknown>) => ({
  type: 'disagg-profile-handler',
  parameters,
});

const v07: DialectFactCase[] = [
  {
    fact: 'llm-d.ai/v1alpha1 fails to decode (kind not registered)',
    source:
      'apix/config/v1alpha1/zz_generated.register.go, loader/configloader.go init@G v1.4.0',
    config: eppDocument(llmd, {}),
    errors: ['unknown-api-version'],
  },
  {
    fact: 'pd-profile-handler now defaults to prefix-based-pd-decider, which must be declared earlier',
    source: 'pkg/plugins/profile/pd_profile_handler.go@S v0.7.0',
    config: pdDocument(gie, [
      headers,
      { type: 'always-disagg-pd-decider' },
      { type: 'pd-profile-handler' },
    ]),
    errors: ['pd-decider-not-declared'],
    warnings: ['deprecated-plugin'],
  },
  {
    fact: 'disagg-profile-handler with the nested schema and its decider declared first loads',
    source: 'pkg/plugins/profile/disagg_profile_handler.go@S v0.7.0',
    config: pdDocument(gie, [
      headers,
      decider,
      disagg({ deciders: { prefill: 'prefix-based-pd-decider' } }),
    ]),
    errors: [],
  },
  {
    fact: 'mixing the nested and the legacy flat schema is an error',
    source: 'pkg/plugins/profile/disagg_profile_handler.go@S v0.7.0',
    config: pdDocument(gie, [
      headers,
      decider,
      disagg({
        deciders: { prefill: 'prefix-based-pd-decider' },
        decodeProfile: 'decode',
      }),
    ]),
    errors: ['disagg-handler-mixed-schema'],
  },
  {
    fact: 'stageOrder is silently ignored (non-strict)',
    source: 'pkg/plugins/profile/disagg_profile_handler.go@S v0.7.0',
    config: pdDocument(gie, [
      headers,
      decider,
      disagg({
        deciders: { prefill: 'prefix-based-pd-decider' },
        stageOrder: 'prefill-first',
      }),
    ]),
    errors: [],
    warnings: ['unknown-parameter'],
  },
  {
    fact: 'nonCachedTokens 0 now disables P/D',
    source: 'pkg/plugins/profile/prefix_based_pd_decider.go@S v0.7.0',
    config: pdDocument(gie, [
      headers,
      { type: 'prefix-based-pd-decider', parameters: { nonCachedTokens: 0 } },
      disagg({ deciders: { prefill: 'prefix-based-pd-decider' } }),
    ]),
    errors: [],
    warnings: ['pd-decider-never-disaggregates'],
  },
  {
    fact: 'prefix-cache-scorer blockSize without blockSizeTokens is an error',
    source: '.../scorer/prefix/plugin.go@G v1.4.0',
    config: eppDocument(
      gie,
      singleProfile([
        { type: 'prefix-cache-scorer', parameters: { blockSize: 64 } },
      ]),
    ),
    errors: ['parameter-needs-companion'],
  },
  {
    fact: 'priority bands take fairnessPolicyRef/orderingPolicyRef',
    source: 'apix/config/v1alpha1/endpointpickerconfig_types.go@G v1.4.0',
    config: eppDocument(gie, {
      featureGates: ['flowControl'],
      plugins: [
        { type: 'fcfs-ordering-policy' },
        { type: 'round-robin-fairness-policy' },
      ],
      flowControl: {
        priorityBands: [
          {
            priority: 0,
            orderingPolicyRef: 'fcfs-ordering-policy',
            fairnessPolicyRef: 'round-robin-fairness-policy',
          },
        ],
      },
    }),
    errors: [],
  },
  ...['label-selector-filter', 'token-producer', 'core-metrics-extractor'].map(
    (type): DialectFactCase => ({
      fact: `${type} is not registered yet`,
      source: 'pkg/plugins/register.go@S v0.7.0; runner.go@G v1.4.0',
      config: eppDocument(gie, { plugins: [{ type }] }),
      errors: ['unknown-plugin-type'],
    }),
  ),
];

const router: DialectFactCase[] = [
  {
    fact: 'the legacy apiVersion still loads, with a deprecation log',
    source:
      'pkg/epp/config/loader/configloader.go@R v0.9.0 init, LoadRawConfig',
    config: eppDocument(gie, {}),
    errors: [],
    warnings: ['deprecated-api-version'],
  },
  {
    fact: 'no `data:` section',
    source: 'apix/config/v1alpha1/endpointpickerconfig_types.go@R v0.9.0',
    config: eppDocument(llmd, { data: {} }),
    errors: ['unknown-field'],
  },
  {
    fact: 'the dataLayer gate is accepted (logs "remove it"); prepareDataPlugins is an error',
    source:
      'cmd/epp/runner/runner.go@R v0.9.0 parseConfigurationPhaseOne; loader/validation.go',
    config: eppDocument(llmd, {
      featureGates: ['dataLayer', 'prepareDataPlugins'],
    }),
    errors: ['unknown-feature-gate'],
    warnings: ['deprecated-feature-gate'],
  },
  {
    fact: 'queue-scorer ignores its decoder: parameters are accepted silently',
    source: 'scorer/queuedepth/queue.go@R v0.9.0',
    config: eppDocument(
      llmd,
      singleProfile([{ type: 'queue-scorer', parameters: { anything: 1 } }]),
    ),
    errors: [],
    warnings: ['parameters-ignored'],
  },
  {
    fact: 'pd-profile-handler is decoded strictly: threshold is an error',
    source: '.../profilehandler/disagg/pd_profile_handler.go@R v0.9.0',
    config: pdDocument(llmd, [
      decider,
      { type: 'pd-profile-handler', parameters: { threshold: 500 } },
    ]),
    errors: ['moved-parameter'],
  },
  {
    fact: 'pd-profile-handler without a decider declared earlier fails',
    source: '.../profilehandler/disagg/pd_profile_handler.go@R v0.9.0',
    config: pdDocument(llmd, [{ type: 'pd-profile-handler' }]),
    errors: ['pd-decider-not-declared'],
  },
  {
    fact: 'disagg-profile-handler has no stageOrder (strict decode error)',
    source:
      '.../profilehandler/disagg/disagg_profile_handler.go@R v0.9.0 HandlerFactory',
    config: pdDocument(llmd, [
      decider,
      disagg({
        deciders: { prefill: 'prefix-based-pd-decider' },
        stageOrder: 'prefill-first',
      }),
    ]),
    errors: ['unknown-parameter'],
  },
  {
    fact: 'prefix-cache-scorer only takes prefixMatchInfoProducerName; old keys are errors',
    source: '.../scheduling/scorer/prefix/plugin.go@R v0.9.0',
    config: eppDocument(
      llmd,
      singleProfile([
        {
          type: 'prefix-cache-scorer',
          parameters: { maxPrefixBlocksToMatch: 256 },
        },
      ]),
    ),
    errors: ['moved-parameter'],
  },
  {
    fact: 'model-server-protocol-metrics is gone (core-metrics-extractor replaces it)',
    source: 'cmd/epp/runner/runner.go@R v0.9.0 registerInTreePlugins',
    config: eppDocument(llmd, {
      plugins: [{ type: 'model-server-protocol-metrics' }],
    }),
    errors: ['unknown-plugin-type'],
  },
];

const v010: DialectFactCase[] = [
  {
    fact: 'stageOrder arrives',
    source: '.../profilehandler/disagg/disagg_profile_handler.go@R v0.10.0',
    config: pdDocument(llmd, [
      decider,
      disagg({
        deciders: { prefill: 'prefix-based-pd-decider' },
        stageOrder: 'prefill-first',
      }),
    ]),
    errors: [],
  },
];

describe('scheduler-v0.7: DIALECT-FACTS rows', () => {
  it.each(factRows(v07))('%s', (_title, c) =>
    expect(factVerdict('scheduler-v0.7', c)).toEqual(expectedVerdict(c)),
  );
});
describe('router-v0.9: DIALECT-FACTS rows', () => {
  it.each(factRows(router))('%s', (_title, c) =>
    expect(factVerdict('router-v0.9', c)).toEqual(expectedVerdict(c)),
  );
});
describe('router-v0.10: DIALECT-FACTS rows', () => {
  it.each(factRows(v010))('%s', (_title, c) =>
    expect(factVerdict('router-v0.10', c)).toEqual(expectedVerdict(c)),
  );
});
