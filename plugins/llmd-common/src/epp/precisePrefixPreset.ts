import type { EppDialect } from './eppDialect';
import {
  missingTypes,
  pluginEntry,
  ref,
  singleProfileConfig,
  weightedRefs,
  type PresetBuild,
} from './eppPresetBuilders';

/** Options of the precise-prefix preset. */
export interface PrecisePrefixOptions {
  /** KV-cache block size of the model server (vLLM `--block-size`); must match it. */
  readonly kvBlockSize: number;
  /** Model name for the token producer (router dialects). */
  readonly modelName?: string;
  /** URL the token producer asks to tokenize (router dialects); its default is http://localhost:8000. */
  readonly modelServerUrl?: string;
}

const tokenIndexParameters = (options: PrecisePrefixOptions) => ({
  tokenProcessorConfig: { blockSize: options.kvBlockSize },
  indexerConfig: { kvBlockIndexConfig: { enableMetrics: true } },
});

const COMMON = [
  'decode-filter',
  'kv-cache-utilization-scorer',
  'queue-scorer',
  'max-score-picker',
];
const SPLIT = [
  'token-producer',
  'precise-prefix-cache-producer',
  'endpoint-notification-source',
];

/** The profile: decode pods, prefix 2, KV-cache 1, queue 1, highest score. */
function scoring(dialect: EppDialect, prefixScorer: string) {
  return [
    ref('decode-filter'),
    ...weightedRefs(dialect, [
      [prefixScorer, 2],
      ['kv-cache-utilization-scorer', 1],
      ['queue-scorer', 1],
    ]),
    ref('max-score-picker'),
  ];
}

const tail = () => [
  pluginEntry('kv-cache-utilization-scorer'),
  pluginEntry('queue-scorer'),
  pluginEntry('max-score-picker'),
];

/** llm-d-router: token-producer → precise-prefix-cache-producer → prefix-cache-scorer; the model server tokenizes. */
function splitPipeline(
  dialect: EppDialect,
  options: PrecisePrefixOptions,
): PresetBuild {
  const tokenizing = {
    ...(options.modelName && { modelName: options.modelName }),
    ...(options.modelServerUrl && { vllm: { url: options.modelServerUrl } }),
  };
  const producer = 'precise-prefix-cache-producer';
  const plugins = [
    pluginEntry(
      'token-producer',
      Object.keys(tokenizing).length ? tokenizing : undefined,
    ),
    pluginEntry('endpoint-notification-source'),
    pluginEntry('single-profile-handler'),
    pluginEntry('decode-filter'),
    pluginEntry(producer, tokenIndexParameters(options)),
    pluginEntry('prefix-cache-scorer', {
      prefixMatchInfoProducerName: producer,
    }),
    ...tail(),
  ];
  const dataLayer = {
    sources: [
      {
        pluginRef: 'endpoint-notification-source',
        extractors: [{ pluginRef: producer }],
      },
    ],
  };
  return {
    config: singleProfileConfig(
      dialect,
      plugins,
      scoring(dialect, 'prefix-cache-scorer'),
      { dataLayer },
    ),
  };
}

/**
 * KV-cache-event based prefix routing. Router dialects get the split pipeline (token-producer → precise producer →
 * prefix-cache-scorer), where the model server tokenizes; older ones the monolithic precise-prefix-cache-scorer,
 * which downloads the tokenizer itself (lintDeploymentContext warns about disconnected clusters). On scheduler-v0.3
 * the KV-cache scorer reads a metric current vLLM no longer exports; lint warns and names the flag.
 */
export function buildPrecisePrefixPreset(
  dialect: EppDialect,
  options: PrecisePrefixOptions,
): PresetBuild {
  if (missingTypes(dialect, [...COMMON, ...SPLIT]).length === 0) {
    return splitPipeline(dialect, options);
  }
  const missing = missingTypes(dialect, [
    ...COMMON,
    'precise-prefix-cache-scorer',
  ]);
  if (missing.length > 0) {
    return { notExpressible: `it lacks ${missing.join(', ')}` };
  }
  return {
    config: singleProfileConfig(
      dialect,
      [
        pluginEntry('single-profile-handler'),
        pluginEntry('decode-filter'),
        pluginEntry(
          'precise-prefix-cache-scorer',
          tokenIndexParameters(options),
        ),
        ...tail(),
      ],
      scoring(dialect, 'precise-prefix-cache-scorer'),
    ),
  };
}
