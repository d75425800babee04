import type {
  DiagnosisStep,
  ModelClusterDiagnosis,
  ReachabilityVerdict,
} from '../api';
import { authStep } from './authStep';
import { crdsStep } from './crdsStep';
import {
  type DiagnosisContext,
  diagnosisContext,
  type ModelDiagnosisInput,
} from './diagnosisContext';
import { gatewayAddressStep, gatewayStep } from './gatewaySteps';
import { httpRouteStep } from './httpRouteStep';
import { inferencePoolStep } from './inferencePoolStep';
import { namespaceAdmittedStep } from './namespaceAdmittedStep';
import { probeStep } from './probeStep';
import { urlStep } from './urlStep';
import { schedulerStep, workloadStep } from './workloadSteps';

/** The steps in the order of DIAGNOSIS_STEP_IDS. */
const STEPS: readonly ((context: DiagnosisContext) => DiagnosisStep)[] = [
  crdsStep,
  gatewayStep,
  gatewayAddressStep,
  namespaceAdmittedStep,
  httpRouteStep,
  authStep,
  inferencePoolStep,
  schedulerStep,
  workloadStep,
  urlStep,
  probeStep,
];

/** The verdict of a chain: the first `fail` makes it unreachable; else `unknown`, then `warn` (degraded) decide. */
function verdictOf(steps: readonly DiagnosisStep[]): ReachabilityVerdict {
  if (steps.some(s => s.status === 'fail')) return 'unreachable';
  if (steps.some(s => s.status === 'unknown')) return 'unknown';
  if (steps.some(s => s.status === 'warn')) return 'degraded';
  return 'reachable';
}

/**
 * The reachability chain of one model on one cluster, from the CRDs it needs through its Gateway, the listener
 * admitting its namespace, its HTTPRoute, auth, InferencePool, scheduler and workloads to its URL and the last probe.
 * Every step of DIAGNOSIS_STEP_IDS is evaluated, in order, even after a failure (later steps still inform: a missing
 * address and a 0/2 workload are both worth fixing); the first failing step carries the fix. Pure and cheap: a few
 * `get`s and namespace-narrow `list`s on `source` per model, so it can run for every model of a fleet view.
 *
 * @public
 */
export function diagnoseModel(
  input: ModelDiagnosisInput,
): ModelClusterDiagnosis {
  const context = diagnosisContext(input);
  const steps = STEPS.map(step => step(context));
  const first = steps.findIndex(s => s.status === 'fail');
  if (first >= 0 && !steps[first].fix) {
    // every failing step sets a fix; this keeps the contract should one not
    steps[first] = {
      ...steps[first],
      fix: 'fix what the message names, then re-check',
    };
  }
  return {
    cluster: input.cluster,
    verdict: verdictOf(steps),
    steps,
    ...(input.probe && { probedAt: input.probe.probedAt, probe: input.probe }),
  };
}
