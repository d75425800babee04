import { stringify } from 'yaml';
import { explainEppDiagnosticCode } from './diagnosticCodes';
import type { EppDiagnostic } from './eppDiagnostic';
import type { EppDialectId } from './eppDialects';

/**
 * What an EPP of a dialect runs when it is given no EndpointPickerConfig at all: the loader's built-in default
 * (as the equivalent YAML, with the plugins the loader adds by itself written out), or an error finding because
 * that version cannot start without a config.
 *
 * @public
 */
export type BuiltInSchedulerConfig =
  | {
      readonly kind: 'built-in-default';
      readonly dialect: EppDialectId;
      /** The default config as YAML, loadable by that dialect (implicit plugins written out). */
      readonly configText: string;
      /** What the loader adds beyond `configText` (sentences), e.g. router parsers and flow-control policies. */
      readonly notes: readonly string[];
    }
  | {
      readonly kind: 'cannot-start';
      readonly dialect: EppDialectId;
      /** An error finding with code `epp-config-required`. */
      readonly diagnostic: EppDiagnostic;
    };

/*
 * How each version fails without a config (DIALECT-FACTS Part 2):
 * - S v0.2.0: nil-pointer panic in scheduling.NewSchedulerWithConfig(nil) — runner.go@G v0.5.0 `(*Runner).Run`,
 *   pkg/epp/scheduling/scheduler.go@G v0.5.0 `NewSchedulerWithConfig`
 * - S v0.3.x: exits 1, "scheduler config must be set either by config api or through code" — runner.go@G v1.0.0
 *   `(*Runner).Run`
 * - S v0.5.x: nil-pointer panic in loader.InstantiateAndConfigure(nil, …) — runner.go@G v1.3.0
 *   `parseConfigurationPhaseTwo`, loader/configloader.go@G v1.3.0 `InstantiateAndConfigure`
 * - S v0.6.x: the same panic — runner.go@G fd30cb97714a `parseConfigurationPhaseTwo`, loader/configloader.go@G
 *   fd30cb97714a `InstantiateAndConfigure` (the default config arrived in GIE commit 02481729, after it)
 */
const cannotStart: Partial<Record<EppDialectId, string>> = {
  'scheduler-v0.2':
    'llm-d-inference-scheduler v0.2 (GIE v0.5.0) cannot start without a config: it panics with a nil-pointer dereference at startup.',
  'scheduler-v0.3':
    'llm-d-inference-scheduler v0.3 (GIE v1.0.0) cannot start without a config: it exits with "scheduler config must be set either by config api or through code".',
  'scheduler-v0.5':
    'llm-d-inference-scheduler v0.5 (GIE v1.3) cannot start without a config: it panics with a nil-pointer dereference at startup.',
  'scheduler-v0.6':
    'llm-d-inference-scheduler v0.6 cannot start without a config: it panics with a nil-pointer dereference at startup.',
};

/** The scheduling part of every built-in default (loader/defaults.go `loadDefaultConfig`, `ensureSchedulingLayer`). */
const defaultScorers = [
  { type: 'queue-scorer', weight: 2 },
  { type: 'kv-cache-utilization-scorer', weight: 2 },
  { type: 'prefix-cache-scorer', weight: 3 },
] as const;

function schedulingDefault(apiVersion: string, extraPlugins: object[]) {
  return {
    apiVersion,
    kind: 'EndpointPickerConfig',
    plugins: [
      ...defaultScorers.map(({ type }) => ({ type })),
      // added by ensureSchedulingLayer: one profile and no handler → single-profile-handler; no picker → max-score-picker
      { type: 'single-profile-handler' },
      { type: 'max-score-picker', parameters: { maxNumOfEndpoints: 1 } },
      ...extraPlugins,
    ],
    schedulingProfiles: [
      {
        name: 'default',
        plugins: [
          ...defaultScorers.map(({ type, weight }) => ({
            pluginRef: type,
            weight,
          })),
          { pluginRef: 'max-score-picker' },
        ],
      },
    ],
  };
}

/** G v1.4.0 loader/defaults.go `loadDefaultConfig` (S v0.7.x). */
function gieDefault(): string {
  return stringify(
    schedulingDefault('inference.networking.x-k8s.io/v1alpha1', []),
  );
}

/** R v0.9.0 loader/defaults.go `loadDefaultConfig` (byte-identical at R v0.10.0). */
function routerDefault(): string {
  const document = {
    ...schedulingDefault('llm-d.ai/v1alpha1', [
      // data layer: metrics-data-source → core-metrics-extractor (defaults.go@R v0.9.0 `loadDefaultConfig`)
      { type: 'metrics-data-source' },
      { type: 'core-metrics-extractor' },
      // created by CreateMissingDataProducers for prefix-cache-scorer (datalayer/data_graph.go@R v0.9.0)
      { type: 'approx-prefix-cache-producer' },
    ]),
    dataLayer: {
      sources: [
        {
          pluginRef: 'metrics-data-source',
          extractors: [{ pluginRef: 'core-metrics-extractor' }],
        },
      ],
    },
  };
  return stringify(document);
}

const routerNotes = [
  'The loader also adds the request parsers openai-parser, anthropic-parser and vllmhttp-parser, the saturation detector utilization-detector and the flow-control policies fcfs-ordering-policy, global-strict-fairness-policy and static-usage-limit-policy (flow control stays off without its feature gate).',
  'The KV-cache metric read is vllm:kv_cache_usage_perc.',
];

const gieNotes = [
  'The loader also registers fcfs-ordering-policy and global-strict-fairness-policy (flow control stays off without its feature gate).',
  'Metrics are scraped with the default KV-cache metric vllm:kv_cache_usage_perc.',
];

/**
 * What the EPP of a dialect runs when no config is given (DIALECT-FACTS Part 2): the built-in default pipeline for
 * scheduler-v0.7 and llm-d-router, an `epp-config-required` error for older versions, which cannot start.
 *
 * @param dialect - the EPP dialect
 *
 * @public
 */
export function builtInSchedulerConfig(
  dialect: EppDialectId,
): BuiltInSchedulerConfig {
  const failure = cannotStart[dialect];
  if (failure !== undefined) {
    return {
      kind: 'cannot-start',
      dialect,
      diagnostic: {
        code: 'epp-config-required',
        severity: 'error',
        path: '',
        message: `${failure} Give the scheduler an EndpointPickerConfig (e.g. routing.preset: default).`,
        explanation: explainEppDiagnosticCode('epp-config-required'),
      },
    };
  }
  const router = dialect.startsWith('router-');
  return {
    kind: 'built-in-default',
    dialect,
    configText: router ? routerDefault() : gieDefault(),
    notes: router ? routerNotes : gieNotes,
  };
}
