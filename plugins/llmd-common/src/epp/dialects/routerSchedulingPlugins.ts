import type { PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { plugin } from './pluginSpecBuilder';
import { pdHandlerMovedParameters } from './schedulerV06';
import { disaggHandlerParameters } from './schedulerV07';

/*
 * Scheduling plugins (handlers, deciders, filters, scorers, pickers) registered by llm-d-router at the snapshot in
 * reference/epp/plugin-catalog-llm-d-router-HEAD.tsv. Parameter decoding is strict from v0.9, so only parameters
 * listed in the catalog are given as tables; plugins whose parameters the catalog does not spell out are 'unchecked'.
 */

const alpha = { stability: 'alpha' } as const;
const maxEndpoints = { maxNumOfEndpoints: v.int(1) };
const prefixProducerKeys = [
  'hashBlockSize',
  'blockSize',
  'blockSizeTokens',
  'maxPrefixBlocksToMatch',
  'lruCapacityPerServer',
  'autoTune',
];

/** Scheduling plugins of llm-d-router except filters (see routerFilterPlugins). */
export const routerSchedulingPlugins: Readonly<Record<string, PluginTypeSpec>> =
  {
    'single-profile-handler': plugin('profile-handler', 'none', {
      summary: 'Runs the one scheduling profile for every request.',
    }),
    'disagg-profile-handler': plugin(
      ['profile-handler', 'pre-request'],
      disaggHandlerParameters,
      {
        summary:
          'Runs the decode profile, and the prefill (or encode) profile first when its decider says so; it also writes the routing headers.',
      },
    ),
    'pd-profile-handler': plugin(
      ['profile-handler', 'pre-request'],
      {
        decodeProfile: v.string('decode'),
        prefillProfile: v.string('prefill'),
        prefixPluginType: v.string(),
        prefixPluginName: v.string(),
        primaryPort: v.int(),
        deciderPluginName: v.ref('decider'),
        prefixMatchInfoProducerName: v.string(),
      },
      {
        deprecated: {
          since: 'v0.7.0',
          removal: 'v0.9.0',
          replacement: 'disagg-profile-handler',
        },
        movedParameters: pdHandlerMovedParameters,
        summary:
          'Runs the decode profile, and the prefill profile too when its decider says the request should be disaggregated.',
      },
    ),
    'data-parallel-profile-handler': plugin(
      'profile-handler',
      { primaryPort: v.int(8000) },
      {
        summary:
          'Routes to one data-parallel rank of the picked pod, addressed by port.',
      },
    ),
    'header-profile-handler': plugin(
      'profile-handler',
      {
        headerName: v.string('EPP-Profile'),
        defaultProfile: v.string('decode'),
      },
      {
        ...alpha,
        summary: 'Runs the profile named in a request header.',
      },
    ),
    'prefix-based-pd-decider': plugin(
      'decider',
      { nonCachedTokens: v.int(0), promptTokens: v.int(0) },
      {
        summary:
          'Disaggregates when the part of the prompt not already cached is at least nonCachedTokens long (0 = never).',
      },
    ),
    'always-disagg-pd-decider': plugin('decider', 'none', {
      summary: 'Always disaggregates prefill from decode.',
    }),
    'always-disagg-multimodal-decider': plugin('decider', 'none', {
      summary:
        'Runs the encode stage when the chat request carries images, video or audio.',
    }),
    'prefix-cache-scorer': plugin(
      'scorer',
      {
        prefixMatchInfoProducerName: v.ref('data-producer'),
        matchLengthWeight: v.float(0),
        matchLengthScaleTokens: v.int(8192),
      },
      {
        movedParameters: Object.fromEntries(
          prefixProducerKeys.map(key => [
            key,
            'approx-prefix-cache-producer (since GIE v1.5 the producer owns the prefix index settings)',
          ]),
        ),
        summary:
          'Prefers endpoints likely to hold the prompt prefix in their KV cache.',
      },
    ),
    'precise-prefix-cache-scorer': plugin(
      ['scorer', 'data-producer', 'data-extractor', 'pre-request'],
      'unchecked',
      {
        summary:
          'Scores endpoints by the prompt blocks they really hold, tracked from KV-cache events (tokenizes prompts itself).',
      },
    ),
    'kv-cache-utilization-scorer': plugin('scorer', 'none', {
      summary: 'Prefers endpoints with more free KV-cache capacity.',
    }),
    'queue-scorer': plugin('scorer', 'none', {
      summary: 'Prefers endpoints with fewer waiting requests.',
    }),
    'load-aware-scorer': plugin(
      'scorer',
      { threshold: v.int(128) },
      {
        summary:
          'Prefers less loaded endpoints; a waiting queue at the threshold scores zero.',
      },
    ),
    'active-request-scorer': plugin(
      'scorer',
      {
        idleThreshold: v.int(0),
        maxBusyScore: v.float(1),
        inFlightLoadProducerName: v.string(),
        requestTimeout: v.deprecated(v.any(), 'ignored'),
      },
      { summary: 'Prefers endpoints with fewer requests in flight.' },
    ),
    'running-requests-size-scorer': plugin('scorer', 'none', {
      summary: 'Prefers endpoints running fewer requests.',
    }),
    'token-load-scorer': plugin(
      'scorer',
      { queueThresholdTokens: v.int(), inFlightLoadProducerName: v.string() },
      { summary: 'Prefers endpoints with fewer tokens queued or in flight.' },
    ),
    'lora-affinity-scorer': plugin('scorer', 'none', {
      summary:
        'Prefers endpoints that have the requested LoRA adapter loaded or room to load it.',
    }),
    'no-hit-lru-scorer': plugin(
      ['scorer', 'pre-request'],
      {
        lruSize: v.int(1024),
        prefixMatchInfoProducerName: v.string(),
        prefixPluginType: v.deprecated(v.string(), 'unused'),
        prefixPluginName: v.deprecated(v.string(), 'unused'),
      },
      {
        summary:
          'Spreads requests without a cache hit over the least recently used endpoints.',
      },
    ),
    'session-affinity-scorer': plugin(
      ['scorer', 'pre-request'],
      {
        strategy: v.oneOf(['encoded_endpoint_header', 'session_id']),
        encodedEndpointHeaderConfig: v.openObject(),
        sessionIdConfig: v.openObject(),
        profileName: v.string(),
      },
      {
        ...alpha,
        summary: 'Keeps a session on the endpoint that served it before.',
      },
    ),
    'context-length-aware': plugin(
      ['scorer', 'filter'],
      { label: v.string(), enableFiltering: v.bool(false) },
      { summary: 'Prefers endpoints labelled for the prompt length.' },
    ),
    'latency-scorer': plugin(
      'scorer',
      {
        ttftWeight: v.float(0.8),
        tpotWeight: v.float(0.2),
        headroomSelectionStrategy: v.oneOf(['least', 'most']),
        compositeKVWeight: v.float(1),
        compositeQueueWeight: v.float(1),
        compositePrefixWeight: v.float(1),
      },
      { summary: 'Prefers endpoints with the best predicted latency.' },
    ),
    'mm-embeddings-cache-scorer': plugin(
      'scorer',
      { producerName: v.string() },
      {
        summary:
          'Prefers endpoints holding the request’s multimodal embeddings.',
      },
    ),
    'header-label-affinity-scorer': plugin(
      'scorer',
      { headerName: v.string(), labelKey: v.string() },
      alpha,
    ),
    'topology-affinity-scorer': plugin(
      'scorer',
      { topologyProducerName: v.string() },
      {
        ...alpha,
        summary: 'Prefers prefill pods close to the decode pod already picked.',
      },
    ),
    'endpoint-attribute-scorer': plugin('scorer', 'unchecked', alpha),
    'multicluster-kv-cache-utilization-scorer': plugin(
      'scorer',
      'unchecked',
      alpha,
    ),
    'multicluster-prefix-cache-scorer': plugin('scorer', 'unchecked', alpha),
    'multicluster-queue-scorer': plugin('scorer', 'unchecked', alpha),
    'max-score-picker': plugin('picker', maxEndpoints, {
      summary: 'Picks the endpoint with the highest total score.',
    }),
    'random-picker': plugin('picker', maxEndpoints, {
      summary: 'Picks a random endpoint among those left.',
    }),
    'weighted-random-picker': plugin('picker', maxEndpoints, {
      summary: 'Picks at random, weighted by score.',
    }),
  };
