import type { DiagnosisStepId } from '@llmd/plugin-llmd-common';

/** What each link of the reachability chain is called on screen. */
export const DIAGNOSIS_STEP_NAMES: Record<DiagnosisStepId, string> = {
  crds: 'CRDs',
  gateway: 'Gateway',
  'gateway-address': 'Gateway address',
  'namespace-admitted': 'Namespace admitted',
  httproute: 'HTTPRoute',
  auth: 'Auth',
  inferencepool: 'InferencePool',
  scheduler: 'Scheduler',
  workload: 'Workloads',
  url: 'URL',
  probe: 'Probe',
};
