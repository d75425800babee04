/*
 * The KV-cache utilization metric: vLLM renamed `vllm:gpu_cache_usage_perc` to `vllm:kv_cache_usage_perc`; EPPs
 * before GIE v1.3 read the old name unless told otherwise by an EPP flag, and GIE v1.4+ rejects that flag.
 */

/** The metric name current vLLM exports. */
export const CURRENT_KV_CACHE_METRIC = 'vllm:kv_cache_usage_perc';

/** EPP flags that name engine metrics (GIE v1.0–v1.3); GIE v1.4+ fails validation when any is set. */
export const ENGINE_METRIC_FLAGS: readonly string[] = [
  '--kv-cache-usage-percentage-metric',
  '--total-queued-requests-metric',
  '--total-running-requests-metric',
  '--lora-info-metric',
  '--cache-info-metric',
];

/** Plugin types whose score is the KV-cache utilization signal. */
export const KV_CACHE_SCORERS: readonly string[] = [
  'kv-cache-scorer',
  'kv-cache-utilization-scorer',
];
