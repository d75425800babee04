import type { EppDialect } from '../eppDialect';
import {
  coreSections,
  documentOf,
  featureGatesSection,
  routerSections,
} from './documentSections';
import { routerFilterPlugins } from './routerFilterPlugins';
import { routerRuntimePlugins } from './routerRuntimePlugins';
import { routerSchedulingPlugins } from './routerSchedulingPlugins';
import { v } from '../valueSpec';

/*
 * llm-d-router v0.9.0 (renamed from llm-d-inference-scheduler), with its own loader: pkg/epp/config/loader@R v0.9.0,
 * apix/config/v1alpha1/endpointpickerconfig_types.go@R v0.9.0, cmd/epp/runner/runner.go@R v0.9.0. The plugin registry
 * is the HEAD catalog (shortly after v0.10) corrected where R v0.9.0 differs (prefix-cache-scorer, no stageOrder);
 * types added between v0.9 and HEAD are accepted here too.
 */

/** router-v0.9 dialect data. */
export const routerV09: EppDialect = {
  id: 'router-v0.9',
  title: 'llm-d-router v0.9',
  upstream: 'llm-d-router v0.9.0',
  // the legacy group still decodes and logs "DEPRECATION" (loader/configloader.go@R v0.9.0 `init`, `LoadRawConfig`)
  apiVersions: [
    { value: 'llm-d.ai/v1alpha1' },
    { value: 'inference.networking.x-k8s.io/v1alpha1', deprecated: true },
  ],
  document: documentOf(coreSections, featureGatesSection, routerSections),
  weight: { type: 'float', requiredOnScorers: false },
  // every factory gets plugin.StrictDecoder(params) (loader/configloader.go@R v0.9.0 `instantiatePlugins`); factories
  // that ignore the decoder (queue-scorer, kv-cache-utilization-scorer) are 'none' in the tables
  parameterDecoding: 'strict',
  pluginOrder: 'declaration',
  experimentalPlugins: 'ungated',
  singleHandlerWithManyProfiles: 'error',
  // runner.go@R v0.9.0 `parseConfigurationPhaseOne`: dataLayer is accepted and logs "remove it"; prepareDataPlugins
  // is an error (loader/validation.go@R v0.9.0)
  featureGates: ['dataLayer', 'flowControl'],
  deprecatedFeatureGates: ['dataLayer'],
  dataSectionNeedsGate: false,
  // pd_profile_handler.go@R v0.9.0: default decider prefix-based-pd-decider, must be declared earlier
  pdDecider: {
    defaultName: 'prefix-based-pd-decider',
    zeroNonCachedTokens: 'never',
  },
  implicitPluginNames: [
    'utilization-detector',
    'metrics-data-source',
    'core-metrics-extractor',
  ],
  pdNeedsHeadersHandler: false,
  kvCacheMetric: {
    defaultMetric: 'vllm:kv_cache_usage_perc',
    usageFlag: 'rejected',
    usageFlagName: '--kv-cache-usage-percentage-metric',
  },
  plugins: {
    ...routerSchedulingPlugins,
    ...routerFilterPlugins,
    ...routerRuntimePlugins,
    // only prefixMatchInfoProducerName; the old keys are errors (.../scheduling/scorer/prefix/plugin.go@R v0.9.0)
    'prefix-cache-scorer': {
      ...routerSchedulingPlugins['prefix-cache-scorer'],
      parameters: { prefixMatchInfoProducerName: v.ref('data-producer') },
    },
  },
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    'predicted-latency-scorer':
      'replaced by predicted-latency-producer + latency-scorer',
  },
};
