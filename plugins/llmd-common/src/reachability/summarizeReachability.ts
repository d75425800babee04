import type {
  DiagnosisStepStatus,
  ModelClusterDiagnosis,
  ModelReachabilitySummary,
  ReachabilityVerdict,
} from '../api';

/** The status of the step a verdict comes from. */
const WORST_STATUS: Record<ReachabilityVerdict, DiagnosisStepStatus> = {
  unreachable: 'fail',
  unknown: 'unknown',
  degraded: 'warn',
  reachable: 'ok',
};

/**
 * The fleet list's view of a diagnosis: the verdict and the step that decides it, with its message: the first
 * failing step of an unreachable model, the first unknown one of an unknown model, the first warning of a degraded
 * one; no step for a reachable model.
 *
 * @public
 */
export function summarizeReachability(
  diagnosis: ModelClusterDiagnosis,
): ModelReachabilitySummary {
  const worst = WORST_STATUS[diagnosis.verdict];
  const step =
    worst === 'ok' ? undefined : diagnosis.steps.find(s => s.status === worst);
  return {
    verdict: diagnosis.verdict,
    ...(step && { step: step.id, message: step.message }),
  };
}
