import type { EppDialect } from './eppDialect';
import {
  missingTypes,
  pluginEntry,
  ref,
  singleProfileConfig,
  weightedRefs,
  type PresetBuild,
} from './eppPresetBuilders';
import { CURRENT_KV_CACHE_METRIC } from './kvCacheMetric';

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

/**
 * KV-cache-event based prefix routing. Router dialects get the split pipeline (token-producer → precise producer →
 * prefix-cache-scorer), where the model server tokenizes; older ones the monolithic precise-prefix-cache-scorer,
 * which downloads the tokenizer itself (lintDeploymentContext warns about disconnected clusters).
 */
export function buildPrecisePrefixPreset(
  dialect: EppDialect,
  options: PrecisePrefixOptions,
): PresetBuild {
  if (dialect.kvCacheMetric.defaultMetric !== CURRENT_KV_CACHE_METRIC) {
    return {
      notExpressible: `its KV-cache scorer reads ${dialect.kvCacheMetric.defaultMetric}, which current vLLM no longer exports`,
    };
  }
  const common = [
    'decode-filter',
    'kv-cache-utilization-scorer',
    'queue-scorer',
    'max-score-picker',
  ];
  const split = [
    'token-producer',
    'precise-prefix-cache-producer',
    'endpoint-notification-source',
  ];
  const scoring = (prefixScorer: string) => [
    ref('decode-filter'),
    ...weightedRefs(dialect, [
      [prefixScorer, 2],
      ['kv-cache-utilization-scorer', 1],
      ['queue-scorer', 1],
    ]),
    ref('max-score-picker'),
  ];
  const tail = [
    pluginEntry('kv-cache-utilization-scorer'),
    pluginEntry('queue-scorer'),
    pluginEntry('max-score-picker'),
  ];
  if (missingTypes(dialect, [...common, ...split]).length === 0) {
    const tokenizing = {
      ...(options.modelName && { modelName: options.modelName }),
      ...(options.modelServerUrl && { vllm: { url: options.modelServerUrl } }),
    };
    const producer = 'precise-prefix-cache-producer';
    return {
      config: singleProfileConfig(
        dialect,
        [
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
          ...tail,
        ],
        scoring('prefix-cache-scorer'),
        {
          dataLayer: {
            sources: [
              {
                pluginRef: 'endpoint-notification-source',
                extractors: [{ pluginRef: producer }],
              },
            ],
          },
        },
      ),
    };
  }
  const missing = missingTypes(dialect, [
    ...common,
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
        ...tail,
      ],
      scoring('precise-prefix-cache-scorer'),
    ),
  };
}
