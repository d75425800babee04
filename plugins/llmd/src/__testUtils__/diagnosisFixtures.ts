import {
  DIAGNOSIS_STEP_IDS,
  type DiagnosisStep,
  type DiagnosisStepId,
  type ModelClusterDiagnosis,
  type ReachabilityVerdict,
} from '@llmd/plugin-llmd-common';

/*
 * Diagnoses as the backend sends them, for component tests: every step in chain order, ok unless a test says
 * otherwise.
 */

const OBJECTS: Partial<Record<DiagnosisStepId, string>> = {
  gateway: 'Gateway openshift-ingress/openshift-ai-inference',
  'gateway-address': 'Gateway openshift-ingress/openshift-ai-inference',
  'namespace-admitted': 'Namespace team-a',
  httproute: 'HTTPRoute team-a/granite-8b-kserve-route',
  auth: 'AuthPolicy team-a/granite-8b-kserve-route-authn',
  inferencepool: 'InferencePool team-a/granite-8b-inference-pool',
  scheduler: 'Deployment team-a/granite-8b-kserve-router-scheduler',
  workload: 'Deployment team-a/granite-8b-kserve',
};

/** A diagnosis of granite-8b on `cluster`: every step ok, except those `overrides` change. */
export function diagnosisOf(
  verdict: ReachabilityVerdict,
  overrides: Partial<Record<DiagnosisStepId, Partial<DiagnosisStep>>> = {},
  cluster = 'prod-east',
): ModelClusterDiagnosis {
  return {
    cluster,
    verdict,
    steps: DIAGNOSIS_STEP_IDS.map(id => ({
      id,
      status: 'ok',
      ...(OBJECTS[id] && { object: OBJECTS[id] }),
      message: `${id} is fine.`,
      ...overrides[id],
    })),
  };
}

/** granite-8b on prod-east: reachable, probing on but not run yet (the probe step's words as the backend says them). */
export const reachableDiagnosis = diagnosisOf('reachable', {
  probe: { status: 'skip', message: 'not probed yet' },
});

/** The fix the backend gives for a namespace the shared Gateway does not admit. */
export const namespaceFix =
  'Label namespace team-a with llm-d.ai/gateway-access=true, the selector of listener http of Gateway openshift-ingress/openshift-ai-inference.';

/** granite-8b when the shared Gateway's listener does not admit its namespace. */
export const notAdmittedDiagnosis = diagnosisOf('unreachable', {
  'namespace-admitted': {
    status: 'fail',
    message:
      'Listener http of Gateway openshift-ingress/openshift-ai-inference admits namespaces labelled llm-d.ai/gateway-access=true; team-a is not.',
    fix: namespaceFix,
  },
  httproute: {
    status: 'fail',
    message: 'Parent Gateway refused the HTTPRoute: NotAllowedByListeners.',
  },
  probe: {
    status: 'skip',
    message: 'probing is off for this cluster (llmd.clusters[].probe.enabled)',
  },
});
