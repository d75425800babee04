import { SIMULATION_ANNOTATIONS } from '../simulationAnnotations';
import { KubeObject } from '../types';

interface Condition {
  type?: string;
  status?: string;
}

/** Whether the condition of this type is reported False. */
function isFalse(conditions: Condition[], type: string): boolean {
  return conditions.some(c => c.type === type && c.status === 'False');
}

/**
 * The pool's endpoint picker failure mode: `FailOpen` lets the Gateway pick a pod itself while the scheduler is
 * down; `FailClose` (the API's default) refuses the request.
 */
function failsOpen(pool: KubeObject | undefined): boolean {
  const spec = (pool?.spec ?? {}) as {
    endpointPickerRef?: { failureMode?: string };
    extensionRef?: { failureMode?: string };
  };
  const mode =
    spec.endpointPickerRef?.failureMode ?? spec.extensionRef?.failureMode;
  return mode === 'FailOpen';
}

/**
 * Why a model's pods cannot take a request, undefined when they can: no ready vLLM pod (the fault annotation, or a
 * `MainWorkloadReady` / `WorkloadsReady` condition False), or, behind an InferencePool that fails closed, the
 * scheduler down (its annotation or `SchedulerWorkloadReady` False). The Gateway then answers 503
 * `no healthy upstream`, as Envoy does for a backend without ready endpoints.
 */
export function workloadUnavailable(
  llmisvc: KubeObject,
  pool: KubeObject | undefined,
): string | undefined {
  const annotations = llmisvc.metadata.annotations ?? {};
  const conditions = ((llmisvc.status as any)?.conditions ?? []) as Condition[];
  const replicas = annotations[SIMULATION_ANNOTATIONS.readyReplicas];
  if (
    (replicas !== undefined && Number(replicas) === 0) ||
    isFalse(conditions, 'MainWorkloadReady')
  ) {
    return 'no ready replicas';
  }
  const schedulerDown =
    annotations[SIMULATION_ANNOTATIONS.schedulerReady] === 'false' ||
    isFalse(conditions, 'SchedulerWorkloadReady');
  if (pool && schedulerDown && !failsOpen(pool)) {
    return 'the scheduler is not ready';
  }
  return undefined;
}
