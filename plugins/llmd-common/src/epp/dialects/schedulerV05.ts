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
 * llm-d-inference-scheduler v0.5.0/v0.5.1 on GIE v1.3.0/v1.3.1 (same loader and registration). Checked in
 * apix/config/v1alpha1/endpointpickerconfig_types.go@G v1.3.0 (featureGates, saturationDetector thresholds, data; no
 * flowControl), pkg/epp/config/loader/{configloader,defaults,validation}.go@G v1.3.0, cmd/epp/runner/runner.go@G
 * v1.3.0 and pkg/plugins/register.go@S v0.5.0. Weights are still *int.
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
  // loader/configloader.go@G v1.3.0 `buildSchedulerConfig`
  singleHandlerWithManyProfiles: 'error',
  // runner.go@G v1.3.0 `parseConfigurationPhaseOne`; loader/validation.go@G v1.3.0 `validateFeatureGates`
  featureGates: ['dataLayer', 'flowControl', 'prepareDataPlugins'],
  // loader/configloader.go@G v1.3.0 `buildDataLayerConfig`
  dataSectionNeedsGate: true,
  // the nil-weight panic is fixed (nil → 1): loader/defaults.go@G v1.3.0 `ensureSchedulingLayer`
  weight: { type: 'int', requiredOnScorers: false },
  // pkg/epp/server/options.go@G v1.3.0 `NewOptions`
  kvCacheMetric: {
    defaultMetric: 'vllm:kv_cache_usage_perc',
    usageFlag: 'accepted',
    usageFlagName: '--kv-cache-usage-percentage-metric',
  },
  plugins: derivePluginTable(schedulerV03.plugins, {
    set: {
      // .../multi/prefix/plugin.go@G v1.3.0
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
      // pkg/plugins/profile/pd_profile_handler.go@S v0.5.0 (non-strict, no decider lookup)
      'pd-profile-handler': {
        ...schedulerV03.plugins['pd-profile-handler'],
        parameters: {
          ...pdHandlerV03Parameters,
          prefixPluginType: v.string('prefix-cache-scorer'),
          primaryPort: v.int(),
        },
      },
      // types added: runner.go@G v1.3.0, pkg/plugins/register.go@S v0.5.0
      'running-requests-size-scorer': {
        categories: ['scorer'],
        parameters: 'none',
        summary: 'Prefers endpoints running fewer requests.',
      },
      'no-hit-lru-scorer': {
        categories: ['scorer', 'pre-request'],
        parameters: 'unchecked',
        summary:
          'Spreads requests without a cache hit over the least recently used endpoints.',
      },
      'metrics-data-source': {
        categories: ['data-source'],
        parameters: 'unchecked',
        summary: "Scrapes the model servers' metrics endpoints.",
      },
      'model-server-protocol-metrics': {
        categories: ['data-extractor'],
        parameters: 'unchecked',
        summary: 'Reads the model-server protocol metrics from a scrape.',
      },
      'destination-endpoint-served-verifier': {
        categories: ['request-control'],
        parameters: 'unchecked',
      },
      'data-parallel-profile-handler': {
        categories: ['profile-handler'],
        parameters: 'unchecked',
        summary:
          'Routes to one data-parallel rank of the picked pod, addressed by port.',
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
  // no-hit-lru-scorer is registered from here on (pkg/plugins/register.go@S v0.5.0)
  unknownTypeHints: Object.fromEntries(
    Object.entries(schedulerV03.unknownTypeHints ?? {}).filter(
      ([type]) => type !== 'no-hit-lru-scorer',
    ),
  ),
};
