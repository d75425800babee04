import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import { schedulerV05 } from './schedulerV05';

/*
 * llm-d-inference-scheduler v0.6 on GIE v1.4 (reference/epp/VERSIONS.md): float weights, prefix scorer
 * `blockSizeTokens`, deciders replace pd-profile-handler's threshold, and the KV metric flags fail validation.
 */

/** Where pd-profile-handler's removed keys went (shared with later dialects). */
export const pdHandlerMovedParameters = {
  threshold:
    'a prefix-based-pd-decider plugin (nonCachedTokens) referenced by deciderPluginName — note nonCachedTokens 0 means never, not always',
  hashBlockSize: 'the prefix cache plugin (blockSizeTokens)',
};

/** scheduler-v0.6 dialect data. */
export const schedulerV06: EppDialect = {
  ...schedulerV05,
  id: 'scheduler-v0.6',
  title: 'llm-d-inference-scheduler v0.6 (GIE v1.4)',
  upstream:
    'llm-d-inference-scheduler v0.6.0 on gateway-api-inference-extension v1.4',
  weight: { type: 'float', requiredOnScorers: false },
  kvCacheMetric: {
    defaultMetric: 'vllm:kv_cache_usage_perc',
    usageFlag: 'rejected',
  },
  plugins: derivePluginTable(schedulerV05.plugins, {
    set: {
      'prefix-cache-scorer': {
        ...schedulerV05.plugins['prefix-cache-scorer'],
        parameters: {
          blockSizeTokens: v.int(16),
          autoTune: v.bool(true),
          maxPrefixBlocksToMatch: v.int(256),
          lruCapacityPerServer: v.int(31250),
        },
        movedParameters: {
          hashBlockSize: 'blockSizeTokens (GIE v1.4)',
          blockSize: 'blockSizeTokens (GIE v1.4)',
        },
      },
      'pd-profile-handler': {
        ...schedulerV05.plugins['pd-profile-handler'],
        parameters: {
          decodeProfile: v.string('decode'),
          prefillProfile: v.string('prefill'),
          prefixPluginName: v.string('prefix-cache-scorer'),
          prefixPluginType: v.string('prefix-cache-scorer'),
          primaryPort: v.int(),
          deciderPluginName: v.ref('decider'),
        },
        movedParameters: pdHandlerMovedParameters,
        summary:
          'Runs the decode profile, and the prefill profile too when its decider says the request should be disaggregated.',
      },
      'prefix-based-pd-decider': {
        categories: ['decider'],
        parameters: { nonCachedTokens: v.int(0) },
        summary:
          'Disaggregates when the part of the prompt not already cached is at least nonCachedTokens long (0 = never).',
      },
    },
  }),
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    'disagg-profile-handler':
      'this version uses pd-profile-handler (disagg-profile-handler arrived in llm-d v0.7)',
  },
};
