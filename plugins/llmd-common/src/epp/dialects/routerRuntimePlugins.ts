import type { PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { deprecatedInRouterV09, plugin } from './pluginSpecBuilder';
import { headersHandlerParameters } from './schedulerV07';

/*
 * Non-scheduling plugins of llm-d-router (request control, data producers, data layer, parsers, flow control,
 * admission), from reference/epp/plugin-catalog-llm-d-router-HEAD.tsv. `autoInjected` marks the catalog's
 * DEFAULT-PRODUCER types, which the loader instantiates when a consumer needs them.
 */

const alpha = { stability: 'alpha' } as const;
const auto = { autoInjected: true } as const;

const preciseProducerParameters = {
  tokenProcessorConfig: v.openObject(),
  indexerConfig: v.openObject(),
  kvEventsConfig: v.openObject(),
  speculativeIndexing: v.bool(false),
  speculativeTTL: v.duration('2s'),
};

const tokenProducerParameters = {
  modelName: v.string(),
  vllm: v.object({
    url: v.string('http://localhost:8000'),
    timeout: v.duration('5s'),
    mmTimeout: v.duration('30s'),
  }),
  estimate: v.openObject(),
  udsTokenizerConfig: v.deprecated(v.any(), 'use vllm'),
};

/** Request-control, data-layer, parser and flow-control plugins of llm-d-router. */
export const routerRuntimePlugins: Readonly<Record<string, PluginTypeSpec>> = {
  'disagg-headers-handler': plugin('pre-request', headersHandlerParameters, {
    deprecated: deprecatedInRouterV09('disagg-profile-handler'),
    summary: 'Writes the prefill/encode routing headers for the decode pod.',
  }),
  'prefill-header-handler': plugin('pre-request', headersHandlerParameters, {
    deprecated: deprecatedInRouterV09('disagg-profile-handler'),
    summary: 'Alias of disagg-headers-handler.',
  }),
  'approx-prefix-cache-producer': plugin(
    ['data-producer', 'pre-request'],
    {
      autoTune: v.bool(true),
      blockSizeTokens: v.int(16),
      blockSize: v.deprecated(
        v.int(),
        'use blockSizeTokens (tokens, not characters)',
      ),
      maxPrefixBlocksToMatch: v.int(256),
      maxPrefixTokensToMatch: v.int(0),
      lruCapacityPerServer: v.int(31250),
    },
    { ...auto, summary: 'Estimates which endpoints hold each prompt prefix.' },
  ),
  'precise-prefix-cache-producer': plugin(
    ['data-producer', 'data-extractor', 'pre-request'],
    preciseProducerParameters,
    {
      summary:
        'Tracks which endpoints hold each prompt block from KV-cache events.',
    },
  ),
  'burst-prefix-cache-producer': plugin(
    ['data-producer'],
    {
      windowDurationMs: v.int(),
      maxPerReplica: v.int(),
      blockSizeTokens: v.int(),
      maxPrefixTokensToMatch: v.int(),
      minColocateBlocks: v.int(),
      maxBatchSize: v.int(),
      balanceBy: v.string(),
    },
    {
      ...alpha,
      summary: 'Co-locates bursts of requests sharing a prompt prefix.',
    },
  ),
  'multicluster-approx-prefix-cache-producer': plugin(
    'data-producer',
    'unchecked',
    alpha,
  ),
  'inflight-load-producer': plugin(
    ['data-producer', 'data-extractor', 'pre-request'],
    {
      addEstimatedOutputTokens: v.any(),
      outputRatio: v.any(),
      maxEstimatedOutputTokens: v.any(),
      prefixMatchInfoProducerName: v.string(),
      syncCrossReplicaState: v.any(),
    },
    auto,
  ),
  'mm-embeddings-cache-producer': plugin(
    ['data-producer', 'data-extractor', 'pre-request'],
    { cacheSizeInMBPerServer: v.int() },
    auto,
  ),
  'predicted-latency-producer': plugin(
    ['data-producer', 'pre-request'],
    'unchecked',
    {
      ...auto,
      summary:
        'Predicts time-to-first-token and per-token latency per endpoint.',
    },
  ),
  'session-id-producer': plugin(
    'data-producer',
    { headerName: v.string(), cookieName: v.string() },
    auto,
  ),
  'token-producer': plugin('data-producer', tokenProducerParameters, {
    ...auto,
    summary: 'Tokenizes prompts by asking the model server.',
  }),
  tokenizer: plugin('data-producer', tokenProducerParameters, {
    deprecated: deprecatedInRouterV09('token-producer'),
  }),
  'p2p-source-producer': plugin('data-producer', 'unchecked', alpha),
  'metrics-data-source': plugin('data-source', {
    scheme: v.string('http'),
    path: v.string('/metrics'),
    port: v.any(),
    insecureSkipVerify: v.bool(true),
    caCertPath: v.string(),
    clientCertPath: v.string(),
    clientKeyPath: v.string(),
    interval: v.duration(),
  }),
  'models-data-source': plugin('data-source', {
    scheme: v.string(),
    path: v.string(),
    insecureSkipVerify: v.bool(),
  }),
  'endpoint-notification-source': plugin('data-source', 'unchecked'),
  'k8s-notification-source': plugin('data-source', {
    group: v.string(),
    version: v.string(),
    kind: v.string(),
  }),
  'dcgm-data-source': plugin('data-source', 'unchecked', alpha),
  'multicluster-metrics-data-source': plugin('data-source', 'unchecked', alpha),
  'core-metrics-extractor': plugin('data-extractor', {
    engineLabelKey: v.string('llm-d.ai/engine-type'),
    defaultEngine: v.string('vllm'),
    engineConfigs: v.list(v.openObject()),
  }),
  'models-data-extractor': plugin('data-extractor', 'unchecked'),
  'dcgm-extractor': plugin('data-extractor', 'unchecked', alpha),
  'topology-extractor': plugin('data-extractor', 'unchecked', alpha),
  'multicluster-metrics-extractor': plugin(
    'data-extractor',
    'unchecked',
    alpha,
  ),
  'file-discovery': plugin('endpoint-discovery', 'unchecked'),
  'multicluster-file-discovery': plugin(
    'endpoint-discovery',
    'unchecked',
    alpha,
  ),
  'openai-parser': plugin('parser', 'none'),
  'anthropic-parser': plugin('parser', 'none'),
  'passthrough-parser': plugin('parser', 'none'),
  'sglanghttp-parser': plugin('parser', 'none'),
  'vertexai-parser': plugin('parser', 'none'),
  'vllmgrpc-parser': plugin('parser', 'none'),
  'vllmhttp-parser': plugin('parser', 'none'),
  'utilization-detector': plugin(['saturation-detector', 'filter'], {
    queueDepthThreshold: v.int(5),
    kvCacheUtilThreshold: v.float(0.8),
    metricsStalenessThreshold: v.duration('200ms'),
    headroom: v.float(0),
  }),
  'concurrency-detector': plugin(['saturation-detector', 'filter'], {
    concurrencyMode: v.oneOf(['requests', 'tokens'], 'requests'),
    maxConcurrency: v.int(100),
    maxTokenConcurrency: v.int(1000000),
    headroom: v.float(0),
    inFlightLoadProducerName: v.string(),
  }),
  'fcfs-ordering-policy': plugin('ordering-policy', 'unchecked'),
  'edf-ordering-policy': plugin('ordering-policy', 'unchecked'),
  'slo-deadline-ordering-policy': plugin('ordering-policy', 'unchecked'),
  'global-strict-fairness-policy': plugin('fairness-policy', 'unchecked'),
  'round-robin-fairness-policy': plugin('fairness-policy', 'unchecked'),
  'program-aware-fairness': plugin(
    ['fairness-policy', 'pre-request'],
    'unchecked',
  ),
  'static-usage-limit-policy': plugin('usage-limit-policy', 'unchecked'),
  'priority-holdback-policy': plugin('usage-limit-policy', 'unchecked', alpha),
  'soft-reflective-ceiling-policy': plugin(
    'usage-limit-policy',
    'unchecked',
    alpha,
  ),
  'sheddable-eviction-filter': plugin('eviction-policy', 'unchecked', alpha),
  'priority-then-time-eviction-order-policy': plugin(
    'eviction-policy',
    'unchecked',
    alpha,
  ),
  'probabilistic-admitter': plugin('admitter', {
    queueDepthThreshold: v.any(),
    kvCacheUtilThreshold: v.any(),
    power: v.any(),
    k: v.any(),
  }),
  'latency-slo-admitter': plugin('admitter', 'unchecked'),
  'agent-identity': plugin('request-control', 'unchecked', alpha),
  'destination-endpoint-served-verifier': plugin(
    'request-control',
    'unchecked',
  ),
  'request-attribute-reporter': plugin('request-control', 'unchecked'),
  'disaggregatedset-rollout-screener': plugin('screener', 'unchecked', alpha),
};
