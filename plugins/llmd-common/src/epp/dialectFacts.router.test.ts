import {
  expectedVerdict,
  factVerdict,
  factRows,
  eppDocument,
  singleProfile,
  type DialectFactCase,
} from './__testUtils__/dialectFactCases';

// The router tables checked type by type against llm-d-router v0.9.0 and v0.10.0: cmd/epp/runner/runner.go
// `registerInTreePlugins` for the types, and each factory's decoded struct (strict from v0.9) for the parameters.
// Paths after "R" are relative to pkg/epp/framework/plugins/.
const llmd = 'llm-d.ai/v1alpha1';
const registry = 'cmd/epp/runner/runner.go@R v0.9.0 registerInTreePlugins';
const one = (type: string, parameters?: Record<string, unknown>) =>
  eppDocument(llmd, singleProfile([parameters ? { type, parameters } : type]));
const declared = (type: string, parameters?: Record<string, unknown>) =>
  eppDocument(llmd, {
    plugins: [parameters ? { type, parameters } : { type }],
  });

/** Verdicts that differ between the two tags: [fact, source, config, v0.9 errors, v0.10 errors]. */
const changed: [string, string, Record<string, unknown>, string[], string[]][] =
  [
    [
      'topology-affinity-scorer is registered from v0.10.0 only',
      registry,
      one('topology-affinity-scorer'),
      ['unknown-plugin-type'],
      [],
    ],
    [
      'sheddable-eviction-filter registers itself in an init() that no v0.9.0 binary package imports',
      'flowcontrol/eviction/filtering/sheddable.go@R v0.9.0; runner.go@R v0.10.0',
      declared('sheddable-eviction-filter'),
      ['unknown-plugin-type'],
      [],
    ],
    [
      'session-affinity-scorer: headerName/profileName in v0.9.0, a strategy object in v0.10.0',
      'scheduling/scorer/sessionaffinity/session_affinity.go@R v0.9.0, v0.10.0 Factory',
      one('session-affinity-scorer', { headerName: 'x-session' }),
      [],
      ['unknown-parameter'],
    ],
    [
      'session-affinity-scorer strategy is unknown in v0.9.0',
      'scheduling/scorer/sessionaffinity/session_affinity.go@R v0.9.0 parameters',
      one('session-affinity-scorer', { strategy: 'session_id' }),
      ['unknown-parameter'],
      [],
    ],
    [
      'prefix-based-pd-decider promptTokens arrives in v0.10.0',
      'scheduling/profilehandler/disagg/prefix_based_pd_decider.go@R v0.9.0, v0.10.0',
      declared('prefix-based-pd-decider', { promptTokens: 1000 }),
      ['unknown-parameter'],
      [],
    ],
    [
      'inflight-load-producer has only addEstimatedOutputTokens and prefixMatchInfoProducerName in v0.9.0',
      'requestcontrol/dataproducer/inflightload/producer.go@R v0.9.0 Config',
      declared('inflight-load-producer', { outputRatio: 1.5 }),
      ['unknown-parameter'],
      [],
    ],
    [
      'metrics-data-source takes port, TLS files and interval from v0.10.0',
      'datalayer/source/metrics/datasource.go@R v0.9.0 metricsDatasourceParams',
      declared('metrics-data-source', { port: 9090, interval: '5s' }),
      ['unknown-parameter'],
      [],
    ],
    [
      'models-data-source takes TLS files and interval from v0.10.0',
      'datalayer/source/models/datasource.go@R v0.9.0, v0.10.0',
      declared('models-data-source', {
        caCertPath: '/etc/ca.pem',
        interval: '30s',
      }),
      ['unknown-parameter'],
      [],
    ],
  ];

/** Verdicts the same on both tags. */
const both: DialectFactCase[] = [
  {
    fact: 'sglanghttp-parser (HEAD catalog) is registered by neither tag',
    source: 'cmd/epp/runner/runner.go@R v0.9.0, v0.10.0 registerInTreePlugins',
    config: declared('sglanghttp-parser'),
    errors: ['unknown-plugin-type'],
  },
  {
    fact: 'label-selector-filter decodes a metav1.LabelSelector',
    source: 'scheduling/filter/bylabel/selector.go@R v0.9.0, v0.10.0',
    config: one('label-selector-filter', {
      matchLabels: { 'llm-d.ai/role': 'decode' },
    }),
    errors: [],
  },
  {
    fact: 'fcfs-ordering-policy ignores its decoder: parameters are accepted silently',
    source:
      'flowcontrol/ordering/fcfs/fcfs.go@R v0.9.0, v0.10.0 (`_ *json.Decoder`)',
    config: declared('fcfs-ordering-policy', { anything: 1 }),
    errors: [],
    warnings: ['parameters-ignored'],
  },
  {
    fact: 'agent-identity decodes only additionalSessionHeaders',
    source:
      'requestcontrol/{preadmitter,requestheader}/agentidentity/agent_identity.go@R v0.9.0, v0.10.0',
    config: declared('agent-identity', { headers: ['x-agent'] }),
    errors: ['unknown-parameter'],
  },
  {
    fact: 'pickers share maxNumOfEndpoints',
    source: 'scheduling/picker/common.go@R v0.9.0, v0.10.0',
    config: one('random-picker', { maxNumOfEndpoints: 2 }),
    errors: [],
  },
];

const cases = (tag: 'v0.9' | 'v0.10'): DialectFactCase[] => [
  ...changed.map(([fact, source, config, v09, v010]) => ({
    fact,
    source,
    config,
    errors: tag === 'v0.9' ? v09 : v010,
  })),
  ...both,
];

describe('router-v0.9: plugin types and parameters of R v0.9.0', () => {
  it.each(factRows(cases('v0.9')))('%s', (_title, c) =>
    expect(factVerdict('router-v0.9', c)).toEqual(expectedVerdict(c)),
  );
});
describe('router-v0.10: plugin types and parameters of R v0.10.0', () => {
  it.each(factRows(cases('v0.10')))('%s', (_title, c) =>
    expect(factVerdict('router-v0.10', c)).toEqual(expectedVerdict(c)),
  );
});
