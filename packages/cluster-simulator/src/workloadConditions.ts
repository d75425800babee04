import { ConditionSet } from './ConditionSet';
import { childName } from './managedRouterObjects';
import { SIMULATION_ANNOTATIONS } from './simulationAnnotations';
import { KubeObject } from './types';

/** A simulated Deployment of a model, as `status.workloads` (v1alpha2) names it. */
interface WorkloadRef {
  apiGroup: 'apps';
  kind: 'Deployment';
  name: string;
  readyReplicas: number;
}

/** Deployment `Available`: at least replicas minus the default maxUnavailable (25%, rounded down) are ready. */
function available(ready: number, replicas: number): boolean {
  return ready >= replicas - Math.floor(replicas * 0.25);
}

/** Ready replicas: the annotation's number when set, else all of them once the workloads had time to start. */
function readyReplicas(
  llmisvc: KubeObject,
  replicas: number,
  started: boolean,
): number {
  const annotated =
    llmisvc.metadata.annotations?.[SIMULATION_ANNOTATIONS.readyReplicas];
  if (annotated !== undefined && /^\d+$/.test(annotated.trim())) {
    return Math.min(Number(annotated), replicas);
  }
  return started ? replicas : 0;
}

/** Marks a workload condition from its Deployment's `Available` (`propagateDeploymentStatus`, v0.16.0). */
function markDeployment(
  conditions: ConditionSet,
  type: string,
  ok: boolean,
): void {
  if (ok) conditions.markTrue(type);
  else
    conditions.markFalse(
      type,
      'MinimumReplicasUnavailable',
      'Deployment does not have minimum availability.',
    );
}

/**
 * The workload conditions of an LLMInferenceService (workload_single_node.go@v0.16.0): `MainWorkloadReady`, with
 * `spec.prefill` also `PrefillWorkloadReady`, rolled up into `WorkloadsReady`. Returns `status.workloads`.
 */
export function markWorkloads(
  llmisvc: KubeObject,
  conditions: ConditionSet,
  started: boolean,
): Record<string, WorkloadRef> {
  const name = llmisvc.metadata.name!;
  const spec = (llmisvc.spec ?? {}) as {
    replicas?: number;
    prefill?: { replicas?: number };
  };
  const workloads: Record<string, WorkloadRef> = {};
  const main = spec.replicas ?? 1;
  const mainReady = readyReplicas(llmisvc, main, started);
  markDeployment(conditions, 'MainWorkloadReady', available(mainReady, main));
  workloads.primary = {
    apiGroup: 'apps',
    kind: 'Deployment',
    name: childName(name, '-kserve'),
    readyReplicas: mainReady,
  };
  if (spec.prefill) {
    const prefill = spec.prefill.replicas ?? 1;
    const prefillReady = readyReplicas(llmisvc, prefill, started);
    markDeployment(
      conditions,
      'PrefillWorkloadReady',
      available(prefillReady, prefill),
    );
    workloads.prefill = {
      apiGroup: 'apps',
      kind: 'Deployment',
      name: childName(name, '-kserve-prefill'),
      readyReplicas: prefillReady,
    };
  } else {
    conditions.clear('PrefillWorkloadReady');
  }
  conditions.rollUp('WorkloadsReady', [
    'MainWorkloadReady',
    'WorkerWorkloadReady',
    'PrefillWorkloadReady',
    'PrefillWorkerWorkloadReady',
  ]);
  return workloads;
}

/**
 * `SchedulerWorkloadReady` of the EndpointPicker Deployment (scheduler.go@v0.16.0), False with annotation
 * `scheduler-ready: "false"`; cleared without `spec.router.scheduler`. Returns its `status.workloads` entry.
 */
export function markScheduler(
  llmisvc: KubeObject,
  conditions: ConditionSet,
): WorkloadRef | undefined {
  if (!(llmisvc.spec as any)?.router?.scheduler) {
    conditions.clear('SchedulerWorkloadReady');
    return undefined;
  }
  const ready =
    llmisvc.metadata.annotations?.[SIMULATION_ANNOTATIONS.schedulerReady] !==
    'false';
  markDeployment(conditions, 'SchedulerWorkloadReady', ready);
  return {
    apiGroup: 'apps',
    kind: 'Deployment',
    name: childName(llmisvc.metadata.name!, '-kserve-router-scheduler'),
    readyReplicas: ready ? 1 : 0,
  };
}
