/**
 * Annotations that make the simulated controller and data plane misbehave the way real clusters do, so tests and
 * the demo cluster can reproduce "Ready but unreachable" failures through the Kubernetes API alone. They only
 * affect the simulator; the portal never reads them.
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
} as const;
