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

/*
 * llm-d-router v0.9 (renamed from llm-d-inference-scheduler): new apiVersion, strict parameter decoding, dataLayer /
 * flowControl / requestHandler sections. Plugin registry taken from the HEAD catalog (shortly after v0.10); v0.9's
 * own registry was not available separately, so types added between v0.9 and HEAD are accepted here too.
 */

/** router-v0.9 dialect data. */
export const routerV09: EppDialect = {
  id: 'router-v0.9',
  title: 'llm-d-router v0.9',
  upstream: 'llm-d-router v0.9.0',
  apiVersions: [
    { value: 'llm-d.ai/v1alpha1' },
    { value: 'inference.networking.x-k8s.io/v1alpha1', deprecated: true },
  ],
  document: documentOf(coreSections, featureGatesSection, routerSections),
  weight: { type: 'float', requiredOnScorers: false },
  parameterDecoding: 'strict',
  pluginOrder: 'declaration',
  experimentalPlugins: 'ungated',
  singleHandlerWithManyProfiles: 'error',
  featureGates: ['flowControl'],
  implicitPluginNames: [
    'utilization-detector',
    'metrics-data-source',
    'core-metrics-extractor',
  ],
  pdNeedsHeadersHandler: false,
  kvCacheMetric: {
    defaultMetric: 'vllm:kv_cache_usage_perc',
    usageFlag: 'rejected',
  },
  plugins: {
    ...routerSchedulingPlugins,
    ...routerFilterPlugins,
    ...routerRuntimePlugins,
  },
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    'predicted-latency-scorer':
      'replaced by predicted-latency-producer + latency-scorer',
  },
};
