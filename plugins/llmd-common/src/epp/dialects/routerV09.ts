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
import { disaggHandlerParameters } from './schedulerV07';

/*
 * llm-d-router v0.9.0 (renamed from llm-d-inference-scheduler), with its own loader: pkg/epp/config/loader@R v0.9.0,
 * apix/config/v1alpha1/endpointpickerconfig_types.go@R v0.9.0. The router tables describe v0.10.0; this file drops the
 * types v0.9.0 does not register and gives the parameters that differ (factory files under
 * pkg/epp/framework/plugins/).
 */

/**
 * Types in the router tables that cmd/epp/runner/runner.go@R v0.9.0 `registerInTreePlugins` does not register
 * (sheddable-eviction-filter and priority-then-time-eviction-order-policy have an `init` registration in v0.9.0, but
 * in a package only a test imports).
 */
const addedInRouterV010 = new Set([
  'burst-prefix-cache-producer',
  'dcgm-data-source',
  'dcgm-extractor',
  'disaggregatedset-rollout-screener',
  'endpoint-attribute-filter',
  'endpoint-attribute-scorer',
  'header-label-affinity-scorer',
  'header-profile-handler',
  'multicluster-approx-prefix-cache-producer',
  'multicluster-file-discovery',
  'multicluster-kv-cache-utilization-scorer',
  'multicluster-metrics-data-source',
  'multicluster-metrics-extractor',
  'multicluster-prefix-cache-scorer',
  'multicluster-queue-scorer',
  'multicluster-session-affinity-filter',
  'p2p-source-producer',
  'priority-holdback-policy',
  'priority-then-time-eviction-order-policy',
  'sheddable-eviction-filter',
  'soft-reflective-ceiling-policy',
  'topology-affinity-filter',
  'topology-affinity-scorer',
  'topology-extractor',
  'utilization-filter',
]);

const routerTables = {
  ...routerSchedulingPlugins,
  ...routerFilterPlugins,
  ...routerRuntimePlugins,
};

/** Parameters that R v0.9.0's factories decode differently from v0.10.0's. */
const v09Parameters = {
  // only prefixMatchInfoProducerName; the old keys are errors (scheduling/scorer/prefix/plugin.go@R v0.9.0)
  'prefix-cache-scorer': {
    prefixMatchInfoProducerName: v.ref('data-producer'),
  },
  // no stageOrder (scheduling/profilehandler/disagg/disagg_profile_handler.go@R v0.9.0 `HandlerFactory`)
  'disagg-profile-handler': disaggHandlerParameters,
  // only nonCachedTokens (scheduling/profilehandler/disagg/prefix_based_pd_decider.go@R v0.9.0)
  'prefix-based-pd-decider': { nonCachedTokens: v.int(0) },
  // headerName + profileName (scheduling/scorer/sessionaffinity/session_affinity.go@R v0.9.0 `Factory`)
  'session-affinity-scorer': {
    headerName: v.string('x-session-token'),
    profileName: v.string(),
  },
  // Config (requestcontrol/dataproducer/inflightload/producer.go@R v0.9.0)
  'inflight-load-producer': {
    addEstimatedOutputTokens: v.bool(false),
    prefixMatchInfoProducerName: v.string(),
  },
  // metricsDatasourceParams (datalayer/source/metrics/datasource.go@R v0.9.0): no port, TLS files or interval
  'metrics-data-source': {
    scheme: v.string('http'),
    path: v.string('/metrics'),
    insecureSkipVerify: v.bool(true),
  },
  // datalayer/source/models/datasource.go@R v0.9.0: no TLS files or interval
  'models-data-source': {
    scheme: v.string(),
    path: v.string(),
    insecureSkipVerify: v.bool(),
  },
};

const v09Plugins = Object.fromEntries(
  Object.entries(routerTables)
    .filter(([type]) => !addedInRouterV010.has(type))
    .map(([type, spec]) => {
      const parameters = v09Parameters[type as keyof typeof v09Parameters];
      return [type, parameters ? { ...spec, parameters } : spec];
    }),
);

/** Hints for types that llm-d-router no longer registers (shared by v0.9 and v0.10). */
export const routerV09UnknownTypeHints: Readonly<Record<string, string>> = {
  'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
  'predicted-latency-scorer':
    'replaced by predicted-latency-producer + latency-scorer',
};

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
  plugins: v09Plugins,
  unknownTypeHints: {
    ...routerV09UnknownTypeHints,
    ...Object.fromEntries(
      [...addedInRouterV010].map(type => [
        type,
        'added in llm-d-router v0.10.0',
      ]),
    ),
  },
};
