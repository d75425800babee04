import type { PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { deprecatedInRouterV09, plugin } from './pluginSpecBuilder';
import { headersHandlerParameters } from './schedulerV07';

/*
 * Non-scheduling plugins of llm-d-router (request control, data producers, data layer, parsers, flow control,
 * admission). `autoInjected` marks the types registered with `RegisterAsDefaultProducer`, which the loader
 * instantiates when a consumer needs them.
 * Checked against llm-d-router v0.9.0 and v0.10.0: every type is registered in cmd/epp/runner/runner.go
 * `registerInTreePlugins` at the tags named on its entry, and its parameters are the JSON fields its factory decodes in
 * the file named there (relative to pkg/epp/framework/plugins/). Entries marked "not in v0.9.0" are dropped by
 * routerV09, which also overrides the parameters that changed between the two tags.
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
  // scheduling/profilehandler/disagg/disagg_headers_handler.go@R v0.9.0, v0.10.0
  'disagg-headers-handler': plugin('pre-request', headersHandlerParameters, {
    deprecated: deprecatedInRouterV09('disagg-profile-handler'),
    summary: 'Writes the prefill/encode routing headers for the decode pod.',
  }),
  // scheduling/profilehandler/disagg/disagg_headers_handler.go@R v0.9.0, v0.10.0
  'prefill-header-handler': plugin('pre-request', headersHandlerParameters, {
    deprecated: deprecatedInRouterV09('disagg-profile-handler'),
    summary: 'Alias of disagg-headers-handler.',
  }),
  // requestcontrol/dataproducer/approximateprefix/plugin.go@R v0.9.0, v0.10.0
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
  // requestcontrol/dataproducer/preciseprefixcache/producer.go@R v0.9.0, v0.10.0
  'precise-prefix-cache-producer': plugin(
    ['data-producer', 'data-extractor', 'pre-request'],
    preciseProducerParameters,
    {
      summary:
        'Tracks which endpoints hold each prompt block from KV-cache events.',
    },
  ),
  // requestcontrol/dataproducer/burstprefix/plugin.go@R v0.10.0 (not in v0.9.0)
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
  // requestcontrol/dataproducer/approximateprefix/multicluster.go@R v0.10.0 (not in v0.9.0)
  'multicluster-approx-prefix-cache-producer': plugin(
    'data-producer',
    'unchecked',
    alpha,
  ),
  // requestcontrol/dataproducer/inflightload/producer.go@R v0.9.0, v0.10.0 (parameters of v0.10.0; routerV09 overrides them)
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
  // requestcontrol/dataproducer/multimodal/producer.go@R v0.9.0, v0.10.0
  'mm-embeddings-cache-producer': plugin(
    ['data-producer', 'data-extractor', 'pre-request'],
    { cacheSizeInMBPerServer: v.int() },
    auto,
  ),
  // requestcontrol/dataproducer/predictedlatency/plugin.go@R v0.9.0, v0.10.0
  'predicted-latency-producer': plugin(
    ['data-producer', 'pre-request'],
    'unchecked',
    {
      ...auto,
      summary:
        'Predicts time-to-first-token and per-token latency per endpoint.',
    },
  ),
  // requestcontrol/dataproducer/sessionid/producer.go@R v0.9.0, v0.10.0
  'session-id-producer': plugin(
    'data-producer',
    { headerName: v.string(), cookieName: v.string() },
    auto,
  ),
  // requestcontrol/dataproducer/tokenizer/tokenizer.go@R v0.9.0, v0.10.0
  'token-producer': plugin('data-producer', tokenProducerParameters, {
    ...auto,
    summary: 'Tokenizes prompts by asking the model server.',
  }),
  // requestcontrol/dataproducer/tokenizer/tokenizer.go@R v0.9.0, v0.10.0
  tokenizer: plugin('data-producer', tokenProducerParameters, {
    deprecated: deprecatedInRouterV09('token-producer'),
  }),
  // requestcontrol/dataproducer/p2psource/producer.go@R v0.10.0 (not in v0.9.0)
  'p2p-source-producer': plugin('data-producer', 'unchecked', alpha),
  // datalayer/source/metrics/datasource.go@R v0.9.0, v0.10.0 (parameters of v0.10.0; routerV09 overrides them)
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
  // datalayer/source/models/datasource.go@R v0.9.0, v0.10.0 (parameters of v0.10.0; routerV09 overrides them)
  'models-data-source': plugin('data-source', {
    scheme: v.string(),
    path: v.string(),
    insecureSkipVerify: v.bool(),
    caCertPath: v.string(),
    clientCertPath: v.string(),
    clientKeyPath: v.string(),
    interval: v.duration(),
  }),
  // datalayer/source/notifications/factory.go@R v0.9.0, v0.10.0
  'endpoint-notification-source': plugin('data-source', 'none'),
  // datalayer/source/notifications/factory.go@R v0.9.0, v0.10.0
  'k8s-notification-source': plugin('data-source', {
    group: v.string(),
    version: v.string(),
    kind: v.string(),
  }),
  // datalayer/source/dcgm/datasource.go@R v0.10.0 (not in v0.9.0)
  'dcgm-data-source': plugin('data-source', 'unchecked', alpha),
  // datalayer/source/metrics/multicluster.go@R v0.10.0 (not in v0.9.0)
  'multicluster-metrics-data-source': plugin('data-source', 'unchecked', alpha),
  // datalayer/extractor/metrics/factories.go@R v0.9.0, v0.10.0
  'core-metrics-extractor': plugin('data-extractor', {
    engineLabelKey: v.string('llm-d.ai/engine-type'),
    defaultEngine: v.string('vllm'),
    engineConfigs: v.list(v.openObject()),
  }),
  // datalayer/extractor/models/extractor.go@R v0.9.0, v0.10.0
  'models-data-extractor': plugin('data-extractor', 'none'),
  // datalayer/extractor/dcgm/extractor.go@R v0.10.0 (not in v0.9.0)
  'dcgm-extractor': plugin('data-extractor', 'none', alpha),
  // datalayer/extractor/topology/extractor.go@R v0.10.0 (not in v0.9.0)
  'topology-extractor': plugin('data-extractor', 'unchecked', alpha),
  // datalayer/extractor/metrics/multicluster.go@R v0.10.0 (not in v0.9.0)
  'multicluster-metrics-extractor': plugin(
    'data-extractor',
    'unchecked',
    alpha,
  ),
  // datalayer/discovery/file/plugin.go@R v0.9.0, v0.10.0
  'file-discovery': plugin('endpoint-discovery', 'unchecked'),
  // datalayer/discovery/file/multicluster.go@R v0.10.0 (not in v0.9.0)
  'multicluster-file-discovery': plugin(
    'endpoint-discovery',
    'unchecked',
    alpha,
  ),
  // requesthandling/parsers/openai/openai.go@R v0.9.0, v0.10.0
  'openai-parser': plugin('parser', 'none'),
  // requesthandling/parsers/anthropic/anthropic.go@R v0.9.0, v0.10.0
  'anthropic-parser': plugin('parser', 'none'),
  // requesthandling/parsers/passthrough/passthrough.go@R v0.9.0, v0.10.0
  'passthrough-parser': plugin('parser', 'none'),
  // requesthandling/parsers/vertexai/vertexai.go@R v0.9.0, v0.10.0
  'vertexai-parser': plugin('parser', 'none'),
  // requesthandling/parsers/vllmgrpc/vllmgrpc.go@R v0.9.0, v0.10.0
  'vllmgrpc-parser': plugin('parser', 'none'),
  // requesthandling/parsers/vllmhttp/vllmhttp.go@R v0.9.0, v0.10.0
  'vllmhttp-parser': plugin('parser', 'none'),
  // flowcontrol/saturationdetector/utilization/detector.go@R v0.9.0, v0.10.0
  'utilization-detector': plugin(['saturation-detector', 'filter'], {
    queueDepthThreshold: v.int(5),
    kvCacheUtilThreshold: v.float(0.8),
    metricsStalenessThreshold: v.duration('200ms'),
    headroom: v.float(0),
  }),
  // flowcontrol/saturationdetector/concurrency/detector.go@R v0.9.0, v0.10.0
  'concurrency-detector': plugin(['saturation-detector', 'filter'], {
    concurrencyMode: v.oneOf(['requests', 'tokens'], 'requests'),
    maxConcurrency: v.int(100),
    maxTokenConcurrency: v.int(1000000),
    headroom: v.float(0),
    inFlightLoadProducerName: v.string(),
  }),
  // flowcontrol/ordering/fcfs/fcfs.go@R v0.9.0, v0.10.0
  'fcfs-ordering-policy': plugin('ordering-policy', 'none'),
  // flowcontrol/ordering/edf/edf.go@R v0.9.0, v0.10.0
  'edf-ordering-policy': plugin('ordering-policy', 'none'),
  // flowcontrol/ordering/slodeadline/slo_deadline.go@R v0.9.0, v0.10.0
  'slo-deadline-ordering-policy': plugin('ordering-policy', 'none'),
  // flowcontrol/fairness/globalstrict/global_strict.go@R v0.9.0, v0.10.0
  'global-strict-fairness-policy': plugin('fairness-policy', 'none'),
  // flowcontrol/fairness/roundrobin/roundrobin.go@R v0.9.0, v0.10.0
  'round-robin-fairness-policy': plugin('fairness-policy', 'none'),
  // flowcontrol/fairness/program-aware/plugin.go@R v0.9.0, v0.10.0
  'program-aware-fairness': plugin(
    ['fairness-policy', 'pre-request'],
    'unchecked',
  ),
  // flowcontrol/usagelimits/usagelimitpolicy.go@R v0.9.0, v0.10.0
  'static-usage-limit-policy': plugin('usage-limit-policy', 'unchecked'),
  // flowcontrol/usagelimits/priorityholdback/priority_holdback.go@R v0.10.0 (not in v0.9.0)
  'priority-holdback-policy': plugin('usage-limit-policy', 'unchecked', alpha),
  // flowcontrol/usagelimits/softreflectiveceiling/policy.go@R v0.10.0 (not in v0.9.0)
  'soft-reflective-ceiling-policy': plugin(
    'usage-limit-policy',
    'unchecked',
    alpha,
  ),
  // flowcontrol/eviction/filtering/sheddable.go@R v0.10.0 (not in v0.9.0)
  'sheddable-eviction-filter': plugin('eviction-policy', 'none', alpha),
  // flowcontrol/eviction/ordering/priority_time.go@R v0.10.0 (not in v0.9.0)
  'priority-then-time-eviction-order-policy': plugin(
    'eviction-policy',
    'none',
    alpha,
  ),
  // requestcontrol/admitter/probabilisticadmitter/plugin.go@R v0.9.0, v0.10.0
  'probabilistic-admitter': plugin('admitter', {
    queueDepthThreshold: v.any(),
    kvCacheUtilThreshold: v.any(),
    power: v.any(),
    k: v.any(),
  }),
  // requestcontrol/admitter/latencyslo/plugin.go@R v0.9.0, v0.10.0
  'latency-slo-admitter': plugin('admitter', {
    latencyPredictionInfoProducerName: v.string(),
  }),
  // requestcontrol/preadmitter/agentidentity/agent_identity.go@R v0.9.0, requestcontrol/requestheader/agentidentity/agent_identity.go@R v0.10.0
  'agent-identity': plugin(
    'request-control',
    { additionalSessionHeaders: v.list(v.string()) },
    alpha,
  ),
  // requestcontrol/test/responsereceived/destination_endpoint_served_verifier.go@R v0.9.0, v0.10.0
  'destination-endpoint-served-verifier': plugin('request-control', 'none'),
  // requestcontrol/requestattributereporter/plugin.go@R v0.9.0, v0.10.0
  'request-attribute-reporter': plugin('request-control', 'unchecked'),
  // requestcontrol/screener/disaggregatedsetrollout/plugin.go@R v0.10.0 (not in v0.9.0)
  'disaggregatedset-rollout-screener': plugin('screener', 'unchecked', alpha),
};
