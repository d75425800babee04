import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import {
  coreSections,
  documentOf,
  featureGatesSection,
  gieDataSections,
} from './documentSections';
import { pdHandlerV03Parameters, schedulerV03 } from './schedulerV03';

/*
 * llm-d-inference-scheduler v0.5 on GIE v1.3 (reference/epp/VERSIONS.md). GIE v1.1 moved the prefix scorer's
 * hashBlockSize to blockSize+autoTune, GIE v1.3 rejects single-profile-handler with several profiles, reads the new
 * vLLM KV metric by default and has the `data:` section; pd-profile-handler gained primaryPort (v0.4) and
 * prefixPluginType (v0.5). Weights are still integers.
 */

const latencyWeights = [
  'sloBufferFactor',
  'negHeadroomTTFTWeight',
  'negHeadroomTPOTWeight',
  'headroomTTFTWeight',
  'headroomTPOTWeight',
  'compositeKVWeight',
  'compositeQueueWeight',
  'compositePrefixWeight',
  'epsilonExploreSticky',
  'epsilonExploreNeg',
  'affinityGateTau',
  'affinityGateTauGlobal',
];

/** scheduler-v0.5 dialect data. */
export const schedulerV05: EppDialect = {
  ...schedulerV03,
  id: 'scheduler-v0.5',
  title: 'llm-d-inference-scheduler v0.5 (GIE v1.3)',
  upstream:
    'llm-d-inference-scheduler v0.5.0 on gateway-api-inference-extension v1.3.0',
  document: documentOf(coreSections, featureGatesSection, gieDataSections),
  singleHandlerWithManyProfiles: 'error',
  featureGates: ['dataLayer', 'flowControl', 'prepareDataPlugins'],
  kvCacheMetric: {
    defaultMetric: 'vllm:kv_cache_usage_perc',
    usageFlag: 'accepted',
  },
  plugins: derivePluginTable(schedulerV03.plugins, {
    set: {
      'prefix-cache-scorer': {
        ...schedulerV03.plugins['prefix-cache-scorer'],
        parameters: {
          blockSize: v.int(),
          autoTune: v.bool(true),
          maxPrefixBlocksToMatch: v.int(),
          lruCapacityPerServer: v.int(),
        },
        movedParameters: { hashBlockSize: 'blockSize (renamed in GIE v1.1)' },
      },
      'pd-profile-handler': {
        ...schedulerV03.plugins['pd-profile-handler'],
        parameters: {
          ...pdHandlerV03Parameters,
          prefixPluginType: v.string('prefix-cache-scorer'),
          primaryPort: v.int(),
        },
      },
      'predicted-latency-scorer': {
        categories: ['scorer'],
        parameters: {
          ...Object.fromEntries(latencyWeights.map(key => [key, v.float()])),
          samplingMean: v.float(),
          maxSampledTokens: v.int(),
          headroomSelectionStrategy: v.string('least'),
          selectionMode: v.string('linear'),
        },
        summary:
          'Prefers endpoints whose predicted time-to-first-token and per-token latency meet the SLO.',
      },
    },
  }),
};
