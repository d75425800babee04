/**
 * Histogram bounds of vLLM's V1 engine metrics (vllm/v1/metrics/loggers.py), as the vendored real scrape
 * vendor/metrics/odh-kserve/vllm_metrics.txt shows them; a test keeps them equal.
 */
export const VLLM_BUCKETS = {
  /** `request_prompt_tokens`, `request_generation_tokens`, `request_params_max_tokens` (1-2-5 up to max_model_len). */
  tokens: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000],
  timeToFirstToken: [
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5,
    7.5, 10, 20, 40, 80, 160, 640, 2560,
  ],
  /** `inter_token_latency_seconds`, `request_time_per_output_token_seconds` (and the legacy TPOT). */
  perToken: [
    0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5,
    7.5, 10, 20, 40, 80,
  ],
  /** `e2e_request_latency_seconds` and the queue / inference / prefill / decode phases. */
  requestLatency: [
    0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, 120, 240, 480,
    960, 1920, 7680,
  ],
} as const;

/** `llm_d_epp_request_duration_seconds` (and its legacy twin), as the vendored scheduler_metrics.txt shows them. */
export const EPP_REQUEST_DURATION_BUCKETS = [
  0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1, 1.25, 1.5, 2, 3, 4, 5, 6, 8,
  10, 15, 20, 30, 45, 60, 120, 180, 240, 300, 360, 480, 600, 900, 1200, 1800,
  2700, 3600,
] as const;
