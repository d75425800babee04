/**
 * Annotations that make the simulated controller and data plane misbehave the way real clusters do, so tests and
 * the demo cluster can reproduce "Ready but unreachable" failures through the Kubernetes API alone, and choose which
 * generation of metric names and labels the simulated pods expose. They only affect the simulator; the portal never
 * reads them.
 *
 * @public
 */
export const SIMULATION_ANNOTATIONS = {
  /** On a Gateway: `"false"` → the Gateway implementation never reports `Programmed=True`. */
  gatewayProgrammed: 'simulator.llmd.dev/programmed',
  /** On a Gateway: `"none"` → Programmed but no `status.addresses` (no LoadBalancer IP, e.g. MetalLB missing). */
  gatewayAddress: 'simulator.llmd.dev/address',
  /** On an LLMInferenceService: ready replicas of the main (and prefill) workload, e.g. `"0"`. */
  readyReplicas: 'simulator.llmd.dev/ready-replicas',
  /** On an LLMInferenceService: `"false"` → the scheduler (EPP) Deployment never becomes available. */
  schedulerReady: 'simulator.llmd.dev/scheduler-ready',
  /** On an LLMInferenceService: `"missing"` → the controller does not create the InferencePool. */
  inferencePool: 'simulator.llmd.dev/inference-pool',
  /** On an LLMInferenceService: `"open"` → the data plane serves it without checking tokens (auth misconfigured). */
  dataPlaneAuth: 'simulator.llmd.dev/data-plane-auth',
  /**
   * On an LLMInferenceService: the labels its pods' scrape targets carry. Default: OpenShift AI's PodMonitor
   * relabelling (`llm_isvc_name`, `llm_isvc_role`, `llm_isvc_component`); `"upstream"` → the pod labels as a
   * kubernetes_sd labelmap gives them (`app_kubernetes_io_name`, `llm_d_ai_role`, `app_kubernetes_io_component`).
   */
  metricsLabels: 'simulator.llmd.dev/metrics-labels',
  /**
   * On an LLMInferenceService: the vLLM metric names its pods expose. Default: current vLLM
   * (`vllm:inter_token_latency_seconds`, `vllm:kv_cache_usage_perc`, `vllm:prefix_cache_*`); `"legacy"` → the names
   * before vLLM 0.11 (`vllm:time_per_output_token_seconds`, `vllm:gpu_cache_usage_perc`, `vllm:gpu_prefix_cache_*`);
   * `"both"` → both, as vLLM 0.11–0.12 did.
   */
  vllmMetricNames: 'simulator.llmd.dev/vllm-metric-names',
  /**
   * On an LLMInferenceService: the metric names of its scheduler (EPP) pod. Default: llm-d-router ≥ v0.10
   * (`llm_d_epp_*`); `"legacy"` → GIE / llm-d-inference-scheduler (`inference_objective_*`, `inference_pool_*`,
   * `llm_d_inference_scheduler_disagg_decision_total`); `"both"` → both, as the dual-emitting releases do.
   */
  eppMetricNames: 'simulator.llmd.dev/epp-metric-names',
  /**
   * On a P/D LLMInferenceService: prompt tokens (whitespace-separated words) from which its scheduler splits
   * prefill off (`prefill-decode`); shorter prompts are `decode-only`. Default 64.
   */
  pdThresholdTokens: 'simulator.llmd.dev/pd-threshold-tokens',
} as const;
