import type { DiagnosisStep, ModelCondition } from '../api';
import { numberAt, stringAt, valueAt } from '../kube/kubeObject';
import { modelReplicas } from '../models/modelSpecSummary';
import { type DiagnosisContext, modelCondition } from './diagnosisContext';
import { describeCondition } from './findCondition';

const STOPPED: Omit<DiagnosisStep, 'id'> = {
  status: 'fail',
  message:
    'the model is stopped (serving.kserve.io/stop: "true"): the controller removed its workloads and routes',
  fix: 'remove the serving.kserve.io/stop annotation (or set it to "false") to start the model',
};

/** `name readyReplicas/desired` of a workload in `status.workloads`, when the controller reports it. */
function replicas(
  context: DiagnosisContext,
  part: 'primary' | 'prefill' | 'scheduler',
  desired: number,
) {
  const workload = valueAt(
    context.llmInferenceService,
    'status',
    'workloads',
    part,
  );
  if (workload === undefined) return undefined;
  return {
    // a reported workload without readyReplicas has none ready
    ready: numberAt(workload, 'readyReplicas') ?? 0,
    desired,
    name: stringAt(workload, 'name'),
  };
}

function quote(type: string, condition: ModelCondition | undefined): string {
  return describeCondition(type, condition);
}

/** `scheduler`: the EPP Deployment is available (SchedulerWorkloadReady / status.workloads.scheduler). */
export function schedulerStep(context: DiagnosisContext): DiagnosisStep {
  const id = 'scheduler';
  if (!context.topology.scheduler)
    return {
      id,
      status: 'skip',
      message: 'no scheduler (spec.router.scheduler unset)',
    };
  if (context.stopped) return { id, ...STOPPED };
  const condition = modelCondition(context, 'SchedulerWorkloadReady');
  const counted = replicas(context, 'scheduler', 1);
  const object = counted?.name
    ? `Deployment ${context.namespace}/${counted.name}`
    : undefined;
  if (
    condition?.status === 'True' ||
    (!condition && counted && counted.ready > 0)
  ) {
    return {
      id,
      status: 'ok',
      ...(object && { object }),
      message: condition
        ? 'SchedulerWorkloadReady=True'
        : `${counted!.ready} scheduler replica(s) ready`,
    };
  }
  if (condition?.status === 'False' || (counted && counted.ready === 0)) {
    return {
      id,
      status: 'fail',
      ...(object && { object }),
      message: `the scheduler (EPP) is not ready: ${quote(
        'SchedulerWorkloadReady',
        condition,
      )}`,
      fix: `read the scheduler pod's events and log (kubectl get pods -n ${context.namespace} -l app.kubernetes.io/component=llminferenceservice-router-scheduler); a crash at start is often an EPP config the scheduler version does not understand`,
    };
  }
  return {
    id,
    status: 'unknown',
    message:
      'the controller has not reported on the scheduler yet (no SchedulerWorkloadReady)',
  };
}

/** The ready/desired counts of the model's workloads the controller reports (decode/main and prefill). */
function counts(context: DiagnosisContext) {
  const desired = modelReplicas(context.llmInferenceService);
  return [
    { part: 'main', count: replicas(context, 'primary', desired.decode) },
    ...(desired.prefill !== undefined
      ? [
          {
            part: 'prefill',
            count: replicas(context, 'prefill', desired.prefill),
          },
        ]
      : []),
  ].flatMap(({ part, count }) => (count ? [{ part, ...count }] : []));
}

/** The first False workload condition (the sub-conditions name which workload), else WorkloadsReady. */
function workloadCondition(context: DiagnosisContext): {
  type: string;
  condition?: ModelCondition;
} {
  const types = [
    'MainWorkloadReady',
    'WorkerWorkloadReady',
    'PrefillWorkloadReady',
    'PrefillWorkerWorkloadReady',
  ];
  const failing = types
    .map(type => ({ type, condition: modelCondition(context, type) }))
    .find(c => c.condition?.status === 'False');
  return (
    failing ?? {
      type: 'WorkloadsReady',
      condition: modelCondition(context, 'WorkloadsReady'),
    }
  );
}

/** `workload`: the model's main (and prefill) workloads have ready replicas: 0/N fails, some warns. */
export function workloadStep(context: DiagnosisContext): DiagnosisStep {
  const id = 'workload';
  if (context.stopped) return { id, ...STOPPED };
  const counted = counts(context);
  const text = counted
    .map(c => `${c.part} ${c.ready}/${c.desired} ready`)
    .join(', ');
  const { type, condition } = workloadCondition(context);
  const fix = `read the model pods' events (kubectl get pods -n ${context.namespace} -l app.kubernetes.io/name=${context.name}): image pulls, GPU capacity, model download and vLLM start-up are the usual causes`;
  const empty = counted.find(c => c.ready === 0);
  if (empty) {
    const scaledToZero = empty.desired === 0;
    return {
      id,
      status: 'fail',
      message: scaledToZero
        ? `${text}: the ${empty.part} workload is scaled to zero`
        : `${text}: no ${empty.part} replica is ready (${quote(
            type,
            condition,
          )})`,
      fix: scaledToZero
        ? `set spec.replicas${
            empty.part === 'prefill' ? ' of spec.prefill' : ''
          } to 1 or more`
        : fix,
    };
  }
  if (condition?.status === 'False' && counted.length === 0)
    return {
      id,
      status: 'fail',
      message: `workloads not ready: ${quote(type, condition)}`,
      fix,
    };
  const partial = counted.find(c => c.ready < c.desired);
  if (partial || condition?.status === 'False') {
    return {
      id,
      status: 'warn',
      message: `${text}${
        condition?.status === 'False' ? ` (${quote(type, condition)})` : ''
      }`,
      fix,
    };
  }
  if (condition?.status === 'True' || counted.length > 0) {
    return { id, status: 'ok', message: text || `${type}=True` };
  }
  return {
    id,
    status: 'unknown',
    message:
      'the controller has not reported on the workloads yet (no WorkloadsReady)',
  };
}
