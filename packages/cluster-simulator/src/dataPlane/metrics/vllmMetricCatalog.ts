import {
  FINISHED_REASONS,
  PROMPT_TOKEN_SOURCES,
  VllmHistograms,
  VllmPodState,
} from './VllmPodState';

/**
 * The vLLM V1 engine metrics a simulated pod exposes, with the help texts of the vendored real scrape (and of vLLM
 * before 0.11 for the legacy names): which value of a pod's state each one shows.
 */

export type Labels = Record<string, string>;
export type Series = Array<{ labels: Labels; value: number }>;
/** Which name generations a family belongs to. */
export type Generation = 'all' | 'current' | 'legacy';

/** A gauge or counter of the engine: its name (counters without `_total`), help and series for the pod's labels. */
export interface ScalarSpec {
  type: 'gauge' | 'counter';
  name: string;
  help: string;
  generation: Generation;
  series(state: VllmPodState, labels: Labels): Series;
}

const one =
  (value: (state: VllmPodState) => number) =>
  (state: VllmPodState, labels: Labels): Series =>
    [{ labels, value: value(state) }];

export const SCALARS: ScalarSpec[] = [
  {
    type: 'gauge',
    name: 'vllm:num_requests_running',
    help: 'Number of requests in model execution batches.',
    generation: 'all',
    series: one(s => s.numRunning),
  },
  {
    type: 'gauge',
    name: 'vllm:num_requests_waiting',
    help: 'Number of requests waiting to be processed.',
    generation: 'all',
    series: one(s => s.numWaiting),
  },
  {
    type: 'gauge',
    name: 'vllm:engine_sleep_state',
    help: 'Engine sleep state; awake = 0 means engine is sleeping; awake = 1 means engine is awake; weights_offloaded = 1 means sleep level 1; discard_all = 1 means sleep level 2.',
    generation: 'all',
    series: (_, labels) =>
      ['awake', 'weights_offloaded', 'discard_all'].map(sleep => ({
        labels: { ...labels, sleep_state: sleep },
        value: sleep === 'awake' ? 1 : 0,
      })),
  },
  {
    type: 'gauge',
    name: 'vllm:kv_cache_usage_perc',
    help: 'KV-cache usage. 1 means 100 percent usage.',
    generation: 'current',
    series: one(s => s.kvCacheUsage),
  },
  {
    type: 'gauge',
    name: 'vllm:gpu_cache_usage_perc',
    help: 'GPU KV-cache usage. 1 means 100 percent usage.',
    generation: 'legacy',
    series: one(s => s.kvCacheUsage),
  },
  {
    type: 'counter',
    name: 'vllm:prefix_cache_queries',
    help: 'Prefix cache queries, in terms of number of queried tokens.',
    generation: 'current',
    series: one(s => s.prefixQueries),
  },
  {
    type: 'counter',
    name: 'vllm:prefix_cache_hits',
    help: 'Prefix cache hits, in terms of number of cached tokens.',
    generation: 'current',
    series: one(s => s.prefixHits),
  },
  {
    type: 'counter',
    name: 'vllm:gpu_prefix_cache_queries',
    help: 'GPU prefix cache queries, in terms of number of queried tokens.',
    generation: 'legacy',
    series: one(s => s.prefixQueries),
  },
  {
    type: 'counter',
    name: 'vllm:gpu_prefix_cache_hits',
    help: 'GPU prefix cache hits, in terms of number of cached tokens.',
    generation: 'legacy',
    series: one(s => s.prefixHits),
  },
  {
    type: 'counter',
    name: 'vllm:num_preemptions',
    help: 'Cumulative number of preemption from the engine.',
    generation: 'all',
    series: one(() => 0),
  },
  {
    type: 'counter',
    name: 'vllm:prompt_tokens',
    help: 'Number of prefill tokens processed.',
    generation: 'all',
    series: one(s => s.promptTokens),
  },
  {
    type: 'counter',
    name: 'vllm:prompt_tokens_by_source',
    help: 'Number of prompt tokens by source.',
    generation: 'all',
    series: (state, labels) =>
      PROMPT_TOKEN_SOURCES.map(source => ({
        labels: { ...labels, source },
        value: state.promptTokensBySource[source],
      })),
  },
  {
    type: 'counter',
    name: 'vllm:prompt_tokens_cached',
    help: 'Number of cached prompt tokens (local + external).',
    generation: 'all',
    series: one(
      s =>
        s.promptTokensBySource.local_cache_hit +
        s.promptTokensBySource.external_kv_transfer,
    ),
  },
  {
    type: 'counter',
    name: 'vllm:generation_tokens',
    help: 'Number of generation tokens processed.',
    generation: 'all',
    series: one(s => s.generationTokens),
  },
  {
    type: 'counter',
    name: 'vllm:request_success',
    help: 'Count of successfully processed requests.',
    generation: 'all',
    series: (state, labels) =>
      FINISHED_REASONS.map(reason => ({
        labels: { ...labels, finished_reason: reason },
        value: state.finished[reason],
      })),
  },
];

/** Histograms: name without `vllm:`, help, the state's histogram, generation. */
export const HISTOGRAMS: Array<
  [string, string, keyof VllmHistograms, Generation]
> = [
  [
    'request_prompt_tokens',
    'Number of prefill tokens processed.',
    'promptTokens',
    'all',
  ],
  [
    'request_generation_tokens',
    'Number of generation tokens processed.',
    'generationTokens',
    'all',
  ],
  [
    'request_params_max_tokens',
    'Histogram of the max_tokens request parameter.',
    'maxTokensParam',
    'all',
  ],
  [
    'time_to_first_token_seconds',
    'Histogram of time to first token in seconds.',
    'timeToFirstToken',
    'all',
  ],
  [
    'time_per_output_token_seconds',
    'Histogram of time per output token in seconds.',
    'interTokenLatency',
    'legacy',
  ],
  [
    'inter_token_latency_seconds',
    'Histogram of inter-token latency in seconds.',
    'interTokenLatency',
    'current',
  ],
  [
    'request_time_per_output_token_seconds',
    'Histogram of time_per_output_token_seconds per request.',
    'timePerOutputToken',
    'current',
  ],
  [
    'e2e_request_latency_seconds',
    'Histogram of e2e request latency in seconds.',
    'e2eLatency',
    'all',
  ],
  [
    'request_queue_time_seconds',
    'Histogram of time spent in WAITING phase for request.',
    'queueTime',
    'all',
  ],
  [
    'request_inference_time_seconds',
    'Histogram of time spent in RUNNING phase for request.',
    'inferenceTime',
    'all',
  ],
  [
    'request_prefill_time_seconds',
    'Histogram of time spent in PREFILL phase for request.',
    'prefillTime',
    'all',
  ],
  [
    'request_decode_time_seconds',
    'Histogram of time spent in DECODE phase for request.',
    'decodeTime',
    'all',
  ],
];
