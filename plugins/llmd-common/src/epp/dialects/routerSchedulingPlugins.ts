import type { PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { plugin } from './pluginSpecBuilder';
import { pdHandlerMovedParameters } from './schedulerV06';
import { disaggHandlerParameters } from './schedulerV07';

/*
 * Scheduling plugins (handlers, deciders, scorers, pickers) registered by llm-d-router. Parameter decoding is strict
 * from v0.9; plugins whose parameters are not spelled out here are 'unchecked'.
 * Checked against llm-d-router v0.9.0 and v0.10.0: every type is registered in cmd/epp/runner/runner.go
 * `registerInTreePlugins` at the tags named on its entry, and its parameters are the JSON fields its factory decodes in
 * the file named there (relative to pkg/epp/framework/plugins/). Entries marked "not in v0.9.0" are dropped by
 * routerV09, which also overrides the parameters that changed between the two tags.
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
    // scheduling/profilehandler/single/single_profile_handler.go@R v0.9.0, v0.10.0
    'single-profile-handler': plugin('profile-handler', 'none', {
      summary: 'Runs the one scheduling profile for every request.',
    }),
    // scheduling/profilehandler/disagg/disagg_profile_handler.go@R v0.9.0, v0.10.0 (stageOrder only from v0.10.0
    // `HandlerFactory`; routerV09 drops it)
    'disagg-profile-handler': plugin(
      ['profile-handler', 'pre-request'],
      {
        ...disaggHandlerParameters,
        stageOrder: v.oneOf(['decode-first', 'prefill-first']),
      },
      {
        summary:
          'Runs the decode profile, and the prefill (or encode) profile first when its decider says so; it also writes the routing headers.',
      },
    ),
    // scheduling/profilehandler/disagg/pd_profile_handler.go@R v0.9.0, v0.10.0
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
    // scheduling/profilehandler/dataparallel/dp_profile_handler.go@R v0.9.0, v0.10.0
    'data-parallel-profile-handler': plugin(
      'profile-handler',
      { primaryPort: v.int(8000) },
      {
        summary:
          'Routes to one data-parallel rank of the picked pod, addressed by port.',
      },
    ),
    // scheduling/profilehandler/headerprofile/header_profile_handler.go@R v0.10.0 (not in v0.9.0)
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
    // scheduling/profilehandler/disagg/prefix_based_pd_decider.go@R v0.9.0, v0.10.0 (parameters of v0.10.0; routerV09 overrides them)
    'prefix-based-pd-decider': plugin(
      'decider',
      { nonCachedTokens: v.int(0), promptTokens: v.int(0) },
      {
        summary:
          'Disaggregates when the part of the prompt not already cached is at least nonCachedTokens long (0 = never).',
      },
    ),
    // scheduling/profilehandler/disagg/always_disagg_pd_decider.go@R v0.9.0, v0.10.0
    'always-disagg-pd-decider': plugin('decider', 'none', {
      summary: 'Always disaggregates prefill from decode.',
    }),
    // scheduling/profilehandler/disagg/always_disagg_mm_decider.go@R v0.9.0, v0.10.0
    'always-disagg-multimodal-decider': plugin('decider', 'none', {
      summary:
        'Runs the encode stage when the chat request carries images, video or audio.',
    }),
    // scheduling/scorer/prefix/plugin.go@R v0.9.0, v0.10.0 (parameters of v0.10.0; routerV09 overrides them)
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
    // scheduling/scorer/preciseprefixcache/precise_prefix_cache.go@R v0.9.0, v0.10.0
    'precise-prefix-cache-scorer': plugin(
      ['scorer', 'data-producer', 'data-extractor', 'pre-request'],
      'unchecked',
      {
        summary:
          'Scores endpoints by the prompt blocks they really hold, tracked from KV-cache events (tokenizes prompts itself).',
      },
    ),
    // scheduling/scorer/kvcacheutilization/kvcache_utilization.go@R v0.9.0, v0.10.0
    'kv-cache-utilization-scorer': plugin('scorer', 'none', {
      summary: 'Prefers endpoints with more free KV-cache capacity.',
    }),
    // scheduling/scorer/queuedepth/queue.go@R v0.9.0, v0.10.0
    'queue-scorer': plugin('scorer', 'none', {
      summary: 'Prefers endpoints with fewer waiting requests.',
    }),
    // scheduling/scorer/loadaware/load_aware.go@R v0.9.0, v0.10.0
    'load-aware-scorer': plugin(
      'scorer',
      { threshold: v.int(128) },
      {
        summary:
          'Prefers less loaded endpoints; a waiting queue at the threshold scores zero.',
      },
    ),
    // scheduling/scorer/activerequest/active_request.go@R v0.9.0, v0.10.0
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
    // scheduling/scorer/runningrequests/runningrequest.go@R v0.9.0, v0.10.0
    'running-requests-size-scorer': plugin('scorer', 'none', {
      summary: 'Prefers endpoints running fewer requests.',
    }),
    // scheduling/scorer/tokenload/token_load.go@R v0.9.0, v0.10.0
    'token-load-scorer': plugin(
      'scorer',
      { queueThresholdTokens: v.int(), inFlightLoadProducerName: v.string() },
      { summary: 'Prefers endpoints with fewer tokens queued or in flight.' },
    ),
    // scheduling/scorer/loraaffinity/lora_affinity.go@R v0.9.0, v0.10.0
    'lora-affinity-scorer': plugin('scorer', 'none', {
      summary:
        'Prefers endpoints that have the requested LoRA adapter loaded or room to load it.',
    }),
    // scheduling/scorer/nohitlru/no_hit_lru.go@R v0.9.0, v0.10.0
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
    // scheduling/scorer/sessionaffinity/session_affinity.go@R v0.9.0, v0.10.0 (parameters of v0.10.0; routerV09 overrides them)
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
    // scheduling/scorer/contextlengthaware/context_length_aware.go@R v0.9.0, v0.10.0
    'context-length-aware': plugin(
      ['scorer', 'filter'],
      { label: v.string(), enableFiltering: v.bool(false) },
      { summary: 'Prefers endpoints labelled for the prompt length.' },
    ),
    // scheduling/scorer/latency/plugin.go@R v0.9.0, v0.10.0
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
    // scheduling/scorer/mmcacheaffinity/scorer.go@R v0.9.0, v0.10.0
    'mm-embeddings-cache-scorer': plugin(
      'scorer',
      { producerName: v.string() },
      {
        summary:
          'Prefers endpoints holding the request’s multimodal embeddings.',
      },
    ),
    // scheduling/scorer/headerlabelaffinity/plugin.go@R v0.10.0 (not in v0.9.0)
    'header-label-affinity-scorer': plugin(
      'scorer',
      { headerName: v.string(), labelKey: v.string() },
      alpha,
    ),
    // scheduling/scorer/topologyaffinity/scorer.go@R v0.10.0 (not in v0.9.0)
    'topology-affinity-scorer': plugin(
      'scorer',
      { topologyProducerName: v.string() },
      {
        ...alpha,
        summary: 'Prefers prefill pods close to the decode pod already picked.',
      },
    ),
    // scheduling/scorer/endpointattribute/endpointattribute.go@R v0.10.0 (not in v0.9.0)
    'endpoint-attribute-scorer': plugin('scorer', 'unchecked', alpha),
    // scheduling/scorer/kvcacheutilization/multicluster.go@R v0.10.0 (not in v0.9.0)
    'multicluster-kv-cache-utilization-scorer': plugin(
      'scorer',
      'unchecked',
      alpha,
    ),
    // scheduling/scorer/prefix/multicluster.go@R v0.10.0 (not in v0.9.0)
    'multicluster-prefix-cache-scorer': plugin('scorer', 'unchecked', alpha),
    // scheduling/scorer/queuedepth/multicluster.go@R v0.10.0 (not in v0.9.0)
    'multicluster-queue-scorer': plugin('scorer', 'unchecked', alpha),
    // scheduling/picker/maxscore/picker.go@R v0.9.0, v0.10.0
    'max-score-picker': plugin('picker', maxEndpoints, {
      summary: 'Picks the endpoint with the highest total score.',
    }),
    // scheduling/picker/random/picker.go@R v0.9.0, v0.10.0
    'random-picker': plugin('picker', maxEndpoints, {
      summary: 'Picks a random endpoint among those left.',
    }),
    // scheduling/picker/weightedrandom/picker.go@R v0.9.0, v0.10.0
    'weighted-random-picker': plugin('picker', maxEndpoints, {
      summary: 'Picks at random, weighted by score.',
    }),
  };
