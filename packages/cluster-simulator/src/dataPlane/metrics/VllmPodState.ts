import { createHash } from 'node:crypto';
import { Histogram } from './Histogram';
import { VLLM_BUCKETS } from './vllmBuckets';

/** Why a request finished, as `vllm:request_success_total{finished_reason}` counts it. */
export const FINISHED_REASONS = [
  'stop',
  'length',
  'abort',
  'error',
  'repetition',
] as const;
export type FinishedReason = (typeof FINISHED_REASONS)[number];

/** Where a pod's prompt tokens came from (`vllm:prompt_tokens_by_source_total{source}`). */
export const PROMPT_TOKEN_SOURCES = [
  'local_compute',
  'local_cache_hit',
  'external_kv_transfer',
] as const;
export type PromptTokenSource = (typeof PROMPT_TOKEN_SOURCES)[number];

/** vLLM's default block size: the prefix cache matches whole blocks of this many tokens. */
const BLOCK_TOKENS = 16;
/** Tokens the simulated KV cache holds: small, so a few requests in flight show in `kv_cache_usage_perc`. */
const KV_CACHE_CAPACITY_TOKENS = 4096;
/** Requests a pod runs at once (`max_num_seqs`); more in flight count as waiting. */
const MAX_RUNNING_REQUESTS = 8;
/** Prefix-cache blocks a pod remembers; the oldest are evicted first. */
const CACHED_BLOCKS = 20_000;

/** The histograms of one vLLM engine, by the concept they measure (names are the exposition's business). */
export interface VllmHistograms {
  timeToFirstToken: Histogram;
  interTokenLatency: Histogram;
  timePerOutputToken: Histogram;
  e2eLatency: Histogram;
  queueTime: Histogram;
  inferenceTime: Histogram;
  prefillTime: Histogram;
  decodeTime: Histogram;
  promptTokens: Histogram;
  generationTokens: Histogram;
  maxTokensParam: Histogram;
}

/** One finished request as a vLLM pod saw it (a prefill pod sees the prompt and one generated token). */
export interface PodObservation {
  promptTokens: number;
  /** Prompt tokens found in this pod's prefix cache. */
  cachedTokens: number;
  /** Prompt tokens whose KV came from the prefill pod (decode pod of a P/D request). */
  transferredTokens: number;
  generationTokens: number;
  /** `max_tokens` of the request as this pod got it (a prefill pod gets 1). */
  maxTokens: number;
  ttftSeconds: number;
  e2eSeconds: number;
  finishedReason: FinishedReason;
}

/**
 * The counters, gauges and histograms of one simulated vLLM pod (one engine, `engine="0"`), updated by the requests
 * it serves. Its prefix cache is real in miniature: whole {@link BLOCK_TOKENS}-token blocks of the prompt's words,
 * chained by hash as vLLM does, so repeated prefixes hit.
 */
export class VllmPodState {
  /** Unix seconds the pod's metrics were created (the `_created` series). */
  readonly createdAt = Date.now() / 1000;
  running = 0;
  inFlightTokens = 0;
  promptTokens = 0;
  generationTokens = 0;
  prefixQueries = 0;
  prefixHits = 0;
  readonly promptTokensBySource: Record<PromptTokenSource, number> = {
    local_compute: 0,
    local_cache_hit: 0,
    external_kv_transfer: 0,
  };
  readonly finished: Record<FinishedReason, number> = {
    stop: 0,
    length: 0,
    abort: 0,
    error: 0,
    repetition: 0,
  };
  /** `http_requests_total` by `handler method status` (status grouped: `2xx`, `4xx`). */
  readonly http = new Map<string, number>();
  readonly histograms: VllmHistograms = {
    timeToFirstToken: new Histogram(VLLM_BUCKETS.timeToFirstToken),
    interTokenLatency: new Histogram(VLLM_BUCKETS.perToken),
    timePerOutputToken: new Histogram(VLLM_BUCKETS.perToken),
    e2eLatency: new Histogram(VLLM_BUCKETS.requestLatency),
    queueTime: new Histogram(VLLM_BUCKETS.requestLatency),
    inferenceTime: new Histogram(VLLM_BUCKETS.requestLatency),
    prefillTime: new Histogram(VLLM_BUCKETS.requestLatency),
    decodeTime: new Histogram(VLLM_BUCKETS.requestLatency),
    promptTokens: new Histogram(VLLM_BUCKETS.tokens),
    generationTokens: new Histogram(VLLM_BUCKETS.tokens),
    maxTokensParam: new Histogram(VLLM_BUCKETS.tokens),
  };
  private readonly cachedBlocks = new Set<string>();

  /** Requests being generated (at most {@link MAX_RUNNING_REQUESTS}). */
  get numRunning(): number {
    return Math.min(this.running, MAX_RUNNING_REQUESTS);
  }

  /** Requests beyond {@link MAX_RUNNING_REQUESTS} in flight. */
  get numWaiting(): number {
    return Math.max(0, this.running - MAX_RUNNING_REQUESTS);
  }

  /** The KV cache in use by requests in flight, 0–1. */
  get kvCacheUsage(): number {
    return Math.min(1, this.inFlightTokens / KV_CACHE_CAPACITY_TOKENS);
  }

  /**
   * Looks the prompt up in the prefix cache and caches its blocks; returns the hit tokens (never the whole
   * prompt: vLLM always computes at least the last token).
   */
  cachePrompt(words: readonly string[]): number {
    let hash = '';
    let hits = 0;
    let missed = false;
    for (let end = BLOCK_TOKENS; end <= words.length; end += BLOCK_TOKENS) {
      hash = createHash('sha1')
        .update(hash)
        .update(words.slice(end - BLOCK_TOKENS, end).join(' '))
        .digest('hex');
      if (!missed && this.cachedBlocks.has(hash)) {
        hits = end;
        this.cachedBlocks.delete(hash); // re-inserted below: most recently used last
      } else {
        missed = true;
      }
      this.cachedBlocks.add(hash);
    }
    while (this.cachedBlocks.size > CACHED_BLOCKS) {
      this.cachedBlocks.delete(this.cachedBlocks.values().next().value!);
    }
    return Math.min(hits, Math.max(0, words.length - 1));
  }

  countHttp(handler: string, method: string, status: number): void {
    const key = `${handler} ${method} ${Math.floor(status / 100)}xx`;
    this.http.set(key, (this.http.get(key) ?? 0) + 1);
  }

  /** Counts a finished request: tokens, prefix cache, finish reason and every latency histogram. */
  observe(o: PodObservation): void {
    const local = Math.max(
      0,
      o.promptTokens - o.cachedTokens - o.transferredTokens,
    );
    this.promptTokens += o.promptTokens;
    this.generationTokens += o.generationTokens;
    this.prefixQueries += o.promptTokens;
    this.prefixHits += o.cachedTokens;
    this.promptTokensBySource.local_compute += local;
    this.promptTokensBySource.local_cache_hit += o.cachedTokens;
    this.promptTokensBySource.external_kv_transfer += o.transferredTokens;
    this.finished[o.finishedReason]++;
    const h = this.histograms;
    const decodeSeconds = Math.max(0, o.e2eSeconds - o.ttftSeconds);
    h.timeToFirstToken.observe(o.ttftSeconds);
    h.e2eLatency.observe(o.e2eSeconds);
    h.queueTime.observe(0);
    h.inferenceTime.observe(o.e2eSeconds);
    h.prefillTime.observe(o.ttftSeconds);
    h.decodeTime.observe(decodeSeconds);
    h.promptTokens.observe(o.promptTokens);
    h.generationTokens.observe(o.generationTokens);
    h.maxTokensParam.observe(o.maxTokens);
    if (o.generationTokens > 1) {
      const perToken = decodeSeconds / (o.generationTokens - 1);
      h.interTokenLatency.observe(perToken, o.generationTokens - 1);
      h.timePerOutputToken.observe(perToken);
    }
  }
}
