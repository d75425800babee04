import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import { coreSections, documentOf } from './documentSections';
import { pdHandlerV02Parameters, schedulerV02 } from './schedulerV02';

/*
 * llm-d-inference-scheduler v0.3.0–v0.3.2 on GIE v1.0.0 (no pkg/ diff between the three tags). Checked in
 * apix/config/v1alpha1/endpointpickerconfig_types.go@G v1.0.0, pkg/epp/config/loader/{configloader,defaults}.go@G
 * v1.0.0, cmd/epp/runner/runner.go@G v1.0.0 `registerInTreePlugins` and pkg/plugins/register.go@S v0.3.0.
 * Parameter decoding is still lenient (json.Unmarshal), so types whose parameters we have not verified are 'unchecked'.
 */

/** pd-profile-handler parameters in v0.3 (pkg/plugins/profile/pd_profile_handler.go@S v0.3.0). */
export const pdHandlerV03Parameters = {
  ...pdHandlerV02Parameters,
  prefixPluginName: v.string('prefix-cache-scorer'),
};

const removedFilterHint =
  'GIE v1.0 dropped its filters (they were GIE v0.5 only); use decode-filter, prefill-filter, by-label or by-label-selector';

/** scheduler-v0.3 dialect data. */
export const schedulerV03: EppDialect = {
  ...schedulerV02,
  id: 'scheduler-v0.3',
  title: 'llm-d-inference-scheduler v0.3 (GIE v1.0)',
  upstream:
    'llm-d-inference-scheduler v0.3 on gateway-api-inference-extension v1.0.0',
  // only plugins + schedulingProfiles: featureGates/saturationDetector arrive in G v1.2.0, data in v1.3.0 — strict
  // decode makes them unknown fields (endpointpickerconfig_types.go@G v1.0.0, @G v1.2.0)
  document: documentOf(coreSections),
  // *int; a missing weight defaults to 1 — but setDefaultsPhaseTwo `break`s at the picker, so a scorer listed after
  // it keeps nil and loadSchedulerConfig dereferences it (loader/defaults.go, loader/configloader.go@G v1.0.0)
  weight: {
    type: 'int',
    requiredOnScorers: false,
    unweightedAfterPickerPanics: true,
  },
  featureGates: [],
  // kebab-case flags from G v1.0.0; the default is still vllm:gpu_cache_usage_perc (pkg/epp/server/runserver.go@G v1.0.0)
  kvCacheMetric: {
    defaultMetric: 'vllm:gpu_cache_usage_perc',
    usageFlag: 'accepted',
    usageFlagName: '--kv-cache-usage-percentage-metric',
  },
  plugins: derivePluginTable(schedulerV02.plugins, {
    // cmd/epp/runner/runner.go@G v1.0.0 `registerInTreePlugins`: no filters, kv-cache-scorer renamed
    remove: [
      'decision-tree-filter',
      'least-kv-cache-filter',
      'least-queue-filter',
      'lora-affinity-filter',
      'low-queue-filter',
      'kv-cache-scorer',
    ],
    set: {
      // G@v1.0.0 runner.go `registerInTreePlugins`
      'kv-cache-utilization-scorer': {
        categories: ['scorer'],
        parameters: 'none',
        summary: 'Prefers endpoints with more free KV-cache capacity.',
      },
      'lora-affinity-scorer': {
        categories: ['scorer'],
        parameters: 'none',
        summary:
          'Prefers endpoints that have the requested LoRA adapter loaded or room to load it.',
      },
      'header-based-testing-filter': {
        categories: ['filter'],
        parameters: 'unchecked',
        summary:
          'Test filter: keeps the endpoint named in a request header (for conformance tests).',
      },
      'weighted-random-picker': {
        categories: ['picker'],
        parameters: { maxNumOfEndpoints: v.int(1) },
        summary: 'Picks at random, weighted by score.',
      },
      // pkg/plugins/register.go@S v0.3.0
      'active-request-scorer': {
        categories: ['scorer'],
        parameters: 'unchecked',
        summary: 'Prefers endpoints with fewer requests in flight.',
      },
      'precise-prefix-cache-scorer': {
        categories: ['scorer', 'data-producer'],
        parameters: 'unchecked',
        summary:
          'Scores endpoints by the prompt blocks they really hold, tracked from KV-cache events (needs the model tokenizer).',
      },
      'pd-profile-handler': {
        ...schedulerV02.plugins['pd-profile-handler'],
        parameters: pdHandlerV03Parameters,
      },
    },
  }),
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    ...Object.fromEntries(
      [
        'decision-tree-filter',
        'least-kv-cache-filter',
        'least-queue-filter',
        'lora-affinity-filter',
        'low-queue-filter',
      ].map(type => [type, removedFilterHint]),
    ),
    'no-hit-lru-scorer': 'no-hit-lru-scorer arrived in llm-d v0.5',
    'disagg-profile-handler':
      'this version uses pd-profile-handler (disagg-profile-handler arrived in llm-d v0.7)',
    'prefix-based-pd-decider':
      'this version has no deciders; set threshold on pd-profile-handler',
  },
};
