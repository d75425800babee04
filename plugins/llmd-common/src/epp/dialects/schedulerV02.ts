import type { EppDialect, PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { coreSections, documentOf } from './documentSections';

/*
 * llm-d-inference-scheduler v0.2.0 on GIE v0.5.0 — the EPP image OpenShift AI 3.x's default scheduler config names.
 * Registered types: cmd/epp/runner/register.go@G v0.5.0 (filters, GIE scorers, pickers, single-profile-handler) and
 * pkg/plugins/register.go@S v0.2.0 (by-label*, decode/prefill-filter, load-aware/session-affinity scorers,
 * pd-profile-handler, prefill-header-handler). Strict document decoding: apimachinery serializer.EnableStrict in
 * pkg/epp/config/loader/configloader.go@G v0.5.0.
 */

const maxEndpoints = { maxNumOfEndpoints: v.int(1) };

/** pd-profile-handler parameters in v0.2 (pkg/plugins/profile/pd_profile_handler.go@S v0.2.0). */
export const pdHandlerV02Parameters = {
  threshold: v.int(0),
  decodeProfile: v.string('decode'),
  prefillProfile: v.string('prefill'),
  hashBlockSize: v.int(),
};

const plugins: Readonly<Record<string, PluginTypeSpec>> = {
  // GIE filters: cmd/epp/runner/register.go@G v0.5.0 (gone from G v1.0.0 on)
  'decision-tree-filter': {
    categories: ['filter'],
    parameters: 'unchecked',
    summary:
      'Runs a tree of filters, choosing the next one by whether the current filter kept any endpoint.',
  },
  'least-kv-cache-filter': {
    categories: ['filter'],
    parameters: 'none',
    summary: 'Keeps the endpoints with the lowest KV-cache utilization.',
  },
  'least-queue-filter': {
    categories: ['filter'],
    parameters: 'none',
    summary: 'Keeps the endpoints with the shortest waiting queue.',
  },
  'lora-affinity-filter': {
    categories: ['filter'],
    parameters: { threshold: v.float() },
    summary:
      'Prefers endpoints that already have the requested LoRA adapter loaded.',
  },
  'low-queue-filter': {
    categories: ['filter'],
    parameters: { threshold: v.int() },
    summary: 'Keeps endpoints whose waiting queue is below a threshold.',
  },
  // llm-d filters: pkg/plugins/register.go@S v0.2.0
  'by-label': {
    categories: ['filter'],
    parameters: {
      label: v.string(),
      validValues: v.list(v.string()),
      allowsNoLabel: v.bool(false),
    },
    summary: 'Keeps endpoints whose pod label has one of the listed values.',
  },
  'by-label-selector': {
    categories: ['filter'],
    parameters: 'unchecked',
    summary: 'Keeps endpoints whose pod labels match a label selector.',
  },
  'decode-filter': {
    categories: ['filter'],
    parameters: 'none',
    summary:
      'Keeps decode pods (label llm-d.ai/role decode or both) and pods without a role label.',
  },
  'prefill-filter': {
    categories: ['filter'],
    parameters: 'none',
    summary: 'Keeps prefill pods (label llm-d.ai/role prefill).',
  },
  // scheduling/framework/plugins/multi/prefix/plugin.go@G v0.5.0
  'prefix-cache-scorer': {
    categories: ['scorer'],
    parameters: {
      hashBlockSize: v.int(),
      maxPrefixBlocksToMatch: v.int(),
      lruCapacityPerServer: v.int(),
    },
    summary:
      'Prefers endpoints likely to hold the prompt prefix in their KV cache.',
  },
  // scores 1 - KVCacheUsagePercent: scheduling/framework/plugins/scorer/kvcache.go@G v0.5.0 (renamed in G v1.0.0)
  'kv-cache-scorer': {
    categories: ['scorer'],
    parameters: 'none',
    summary: 'Prefers endpoints with more free KV-cache capacity.',
  },
  // cmd/epp/runner/register.go@G v0.5.0
  'queue-scorer': {
    categories: ['scorer'],
    parameters: 'none',
    summary: 'Prefers endpoints with fewer waiting requests.',
  },
  // pkg/plugins/scorer/load_aware_scorer.go@S v0.2.0
  'load-aware-scorer': {
    categories: ['scorer'],
    parameters: { threshold: v.int(128) },
    summary:
      'Prefers less loaded endpoints; a waiting queue at the threshold scores zero.',
  },
  // pkg/plugins/register.go@S v0.2.0
  'session-affinity-scorer': {
    categories: ['scorer'],
    parameters: 'unchecked',
    summary: 'Keeps a session on the endpoint that served it before.',
  },
  // pickers and single-profile-handler: cmd/epp/runner/register.go@G v0.5.0
  'max-score-picker': {
    categories: ['picker'],
    parameters: maxEndpoints,
    summary: 'Picks the endpoint with the highest total score.',
  },
  'random-picker': {
    categories: ['picker'],
    parameters: maxEndpoints,
    summary: 'Picks a random endpoint among those left.',
  },
  'single-profile-handler': {
    categories: ['profile-handler'],
    parameters: 'none',
    summary: 'Runs the one scheduling profile for every request.',
  },
  // pd-profile-handler and prefill-header-handler: pkg/plugins/register.go@S v0.2.0
  'pd-profile-handler': {
    categories: ['profile-handler'],
    parameters: pdHandlerV02Parameters,
    summary:
      'Runs the decode profile, and the prefill profile too when the prompt is long enough to disaggregate.',
  },
  'prefill-header-handler': {
    categories: ['pre-request'],
    parameters: 'unchecked',
    summary:
      'Tells the decode pod (via a request header) which prefill pod was picked.',
  },
};

/** scheduler-v0.2 dialect data. */
export const schedulerV02: EppDialect = {
  id: 'scheduler-v0.2',
  title: 'llm-d-inference-scheduler v0.2 (GIE v0.5) — OpenShift AI 3.x default',
  upstream:
    'llm-d-inference-scheduler v0.2.0 on gateway-api-inference-extension v0.5.0',
  apiVersions: [{ value: 'inference.networking.x-k8s.io/v1alpha1' }],
  document: documentOf(coreSections),
  // weight *int, required (a missing weight is an error before G v1.0): apix/config/v1alpha1 types@G v0.5.0
  weight: { type: 'int', requiredOnScorers: true },
  parameterDecoding: 'lenient',
  pluginOrder: 'declaration',
  experimentalPlugins: 'ungated',
  singleHandlerWithManyProfiles: 'warning',
  featureGates: [],
  implicitPluginNames: [],
  pdNeedsHeadersHandler: true,
  // DefaultKvCacheUsagePercentageMetric = vllm:gpu_cache_usage_perc, flag -kvCacheUsagePercentageMetric (stdlib flag,
  // camelCase): pkg/epp/server/runserver.go@G v0.5.0, cmd/epp/runner/runner.go@G v0.5.0 var block
  kvCacheMetric: {
    defaultMetric: 'vllm:gpu_cache_usage_perc',
    usageFlag: 'accepted',
    usageFlagName: '-kvCacheUsagePercentageMetric',
  },
  plugins,
  unknownTypeHints: {
    'kv-cache-utilization-scorer':
      'this version still calls it kv-cache-scorer (renamed in GIE v1.0)',
    'precise-prefix-cache-scorer':
      'precise prefix-cache scoring is not available in this version',
    'disagg-profile-handler':
      'this version uses pd-profile-handler (disagg-profile-handler arrived in llm-d v0.7)',
    'prefix-based-pd-decider':
      'this version has no deciders; set threshold on pd-profile-handler',
  },
};
