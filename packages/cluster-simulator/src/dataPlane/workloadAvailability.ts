import { SIMULATION_ANNOTATIONS } from '../simulationAnnotations';
import { KubeObject } from '../types';

/** Conditions whose `False` means no pod would answer (vLLM pods or the endpoint picker down). */
const BLOCKING_CONDITIONS = [
  'MainWorkloadReady',
  'WorkloadsReady',
  'SchedulerWorkloadReady',
];

/**
 * Why a model's pods cannot take a request, undefined when they can: the fault annotations (0 ready replicas, the
 * scheduler never ready) or the workload conditions the controller reported. The Gateway then answers 503
 * `no healthy upstream`, as Envoy does for a pool without ready endpoints.
 */
export function workloadUnavailable(llmisvc: KubeObject): string | undefined {
  const annotations = llmisvc.metadata.annotations ?? {};
  const replicas = annotations[SIMULATION_ANNOTATIONS.readyReplicas];
  if (replicas !== undefined && Number(replicas) === 0) {
    return 'no ready replicas';
  }
  if (annotations[SIMULATION_ANNOTATIONS.schedulerReady] === 'false') {
    return 'the scheduler is not ready';
  }
  const conditions = ((llmisvc.status as any)?.conditions ?? []) as Array<{
    type?: string;
    status?: string;
  }>;
  const down = conditions.find(
    c => BLOCKING_CONDITIONS.includes(c.type ?? '') && c.status === 'False',
  );
  return down ? `${down.type} is False` : undefined;
}
