import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import {
  coreSections,
  documentOf,
  featureGatesSection,
  gieDataSections,
  gieFlowControlSection,
} from './documentSections';
import { schedulerV05 } from './schedulerV05';

/*
 * llm-d-inference-scheduler v0.6.0/v0.6.1 on GIE fd30cb97714a — not a release: a main-branch commit between v1.3.0
 * and v1.4.0-rc.1 (go.mod@S v0.6.0). Checked in apix/config/v1alpha1/endpointpickerconfig_types.go@G fd30cb97714a,
 * pkg/epp/config/loader/{configloader,defaults}.go@G fd30cb97714a, cmd/epp/runner/runner.go@G fd30cb97714a and
 * pkg/plugins/register.go@S v0.6.0.
 */

/** Where pd-profile-handler's removed keys went, for versions where `nonCachedTokens: 0` means never (v0.7+). */
export const pdHandlerMovedParameters = {
  threshold:
    'a prefix-based-pd-decider plugin (nonCachedTokens) referenced by deciderPluginName — note nonCachedTokens 0 means never, not always',
  hashBlockSize: 'the prefix cache plugin (blockSizeTokens)',
};

/** pd-profile-handler parameters from v0.6 (pkg/plugins/profile/pd_profile_handler.go@S v0.6.0). */
const pdHandlerV06Parameters = {
  decodeProfile: v.string('decode'),
  prefillProfile: v.string('prefill'),
  prefixPluginName: v.string('prefix-cache-scorer'),
  prefixPluginType: v.string('prefix-cache-scorer'),
  primaryPort: v.int(),
  deciderPluginName: v.ref('decider'),
};

/** scheduler-v0.6 dialect data. */
export const schedulerV06: EppDialect = {
  ...schedulerV05,
  id: 'scheduler-v0.6',
  title: 'llm-d-inference-scheduler v0.6 (GIE fd30cb97714a, pre-v1.4)',
  upstream:
    'llm-d-inference-scheduler v0.6.0 on gateway-api-inference-extension fd30cb97714a (between v1.3.0 and v1.4.0)',
  // v0.5 fields + flowControl (endpointpickerconfig_types.go@G fd30cb97714a)
  document: documentOf(
    coreSections,
    featureGatesSection,
    gieDataSections,
    gieFlowControlSection(false),
  ),
  // *float64, default 1.0 (types file, loader/defaults.go@G fd30cb97714a)
  weight: { type: 'float', requiredOnScorers: false },
  // the v1.3 gate check on `data:` is gone (loader/configloader.go@G fd30cb97714a `buildDataLayerConfig`)
  dataSectionNeedsGate: false,
  // pd_profile_handler.go@S v0.6.0 `PdProfileHandlerFactory` (default decider, looked up with handle.Plugin());
  // prefix_based_pd_decider.go@S v0.6.0 `disaggregate` (NonCachedTokens <= 0 → true)
  pdDecider: {
    defaultName: 'always-disagg-pd-decider',
    zeroNonCachedTokens: 'always',
  },
  kvCacheMetric: {
    defaultMetric: 'vllm:kv_cache_usage_perc',
    usageFlag: 'rejected',
    usageFlagName: '--kv-cache-usage-percentage-metric',
  },
  plugins: derivePluginTable(schedulerV05.plugins, {
    set: {
      // pkg/epp/framework/plugins/scheduling/scorer/prefix/plugin.go@G fd30cb97714a `New`
      'prefix-cache-scorer': {
        ...schedulerV05.plugins['prefix-cache-scorer'],
        parameters: {
          blockSizeTokens: v.int(16),
          blockSize: v.int(),
          autoTune: v.bool(true),
          maxPrefixBlocksToMatch: v.int(256),
          lruCapacityPerServer: v.int(31250),
        },
        parameterNeeds: { blockSize: 'blockSizeTokens' },
        movedParameters: { hashBlockSize: 'blockSizeTokens (GIE v1.4)' },
      },
      // threshold/hashBlockSize dropped and silently ignored (non-strict): pd_profile_handler.go@S v0.6.0
      'pd-profile-handler': {
        ...schedulerV05.plugins['pd-profile-handler'],
        parameters: pdHandlerV06Parameters,
        movedParameters: {
          ...pdHandlerMovedParameters,
          threshold:
            'a prefix-based-pd-decider plugin (nonCachedTokens) declared before the handler and named by deciderPluginName',
        },
        summary:
          'Runs the decode profile, and the prefill profile too when its decider says the request should be disaggregated.',
      },
      // pkg/plugins/register.go@S v0.6.0
      'prefix-based-pd-decider': {
        categories: ['decider'],
        parameters: { nonCachedTokens: v.int(0) },
        summary:
          'Disaggregates when the part of the prompt not already cached is at least nonCachedTokens long (in v0.6, 0 = always).',
      },
      'always-disagg-pd-decider': {
        categories: ['decider'],
        parameters: 'none',
        summary: 'Always disaggregates prefill from decode.',
      },
      'models-data-source': {
        categories: ['data-source'],
        parameters: 'unchecked',
        summary: "Reads the model servers' /v1/models lists.",
      },
      'model-server-protocol-models': {
        categories: ['data-extractor'],
        parameters: 'unchecked',
        summary: 'Reads the served models from a models scrape.',
      },
    },
  }),
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    'disagg-profile-handler':
      'this version uses pd-profile-handler with a decider (disagg-profile-handler arrived in llm-d v0.7)',
  },
};
