import type { DiagnosisStep } from '../api';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import {
  type DiagnosisContext,
  modelCondition,
  objectLabel,
} from './diagnosisContext';
import {
  describeCondition,
  findCondition,
  type FoundCondition,
} from './findCondition';
import { kindUnreadable } from './kindReadability';

const X_K8S_GROUP = 'inference.networking.x-k8s.io';

/** The pool's name: what the controller reported, else the model's own pool ref, else `<name>-inference-pool`. */
function poolName(context: DiagnosisContext): string {
  const model = context.llmInferenceService;
  return (
    stringAt(model, 'status', 'router', 'scheduler', 'inferencePool', 'name') ??
    stringAt(model, 'spec', 'router', 'scheduler', 'pool', 'ref', 'name') ??
    `${context.name}-inference-pool`
  );
}

/** The pool, v1 first unless the controller reported the v1alpha2 group (KServe reads both while migrating). */
function findPool(
  context: DiagnosisContext,
  name: string,
): KubeObjectLike | undefined {
  const group = stringAt(
    context.llmInferenceService,
    'status',
    'router',
    'scheduler',
    'inferencePool',
    'group',
  );
  const kinds =
    group === X_K8S_GROUP
      ? (['InferencePoolV1alpha2', 'InferencePool'] as const)
      : (['InferencePool', 'InferencePoolV1alpha2'] as const);
  return kinds
    .map(kind => context.source.get(kind, context.namespace, name))
    .find(Boolean);
}

/** The `Accepted` a Gateway reported on the pool (v1 `status.parents`, v1alpha2 `status.parent`). */
function acceptedBy(
  pool: KubeObjectLike,
  gateway: { namespace: string; name: string },
): FoundCondition | undefined {
  const parents = [
    ...objectsAt(pool, 'status', 'parents'),
    ...objectsAt(pool, 'status', 'parent'),
  ];
  const entry = parents.find(
    p =>
      stringAt(p, 'parentRef', 'name') === gateway.name &&
      (stringAt(p, 'parentRef', 'namespace') ?? pool.metadata.namespace) ===
        gateway.namespace,
  );
  return entry && findCondition(entry, 'Accepted', ['conditions']);
}

/** The step when the pool is not found: unknown when a pool kind cannot be read, else fail. */
function missingPool(context: DiagnosisContext, object: string): DiagnosisStep {
  const why =
    kindUnreadable(context.source, 'InferencePool') ??
    kindUnreadable(context.source, 'InferencePoolV1alpha2');
  if (why) return { id: 'inferencepool', status: 'unknown', object, ...why };
  const poolReady = modelCondition(context, 'InferencePoolReady');
  const quoted =
    poolReady?.status === 'False'
      ? `; the model reports ${describeCondition(
          'InferencePoolReady',
          poolReady,
        )}`
      : '';
  return {
    id: 'inferencepool',
    status: 'fail',
    object,
    message: `${object} not found (checked v1 and v1alpha2)${quoted}`,
    fix: "the controller creates the pool from the scheduler template: read the model's SchedulerWorkloadReady and PresetsCombined conditions; if the InferencePool CRD was installed after the KServe controller started, restart the controller",
  };
}

/** Whether each of the model's Gateways accepted the pool; undefined when all did. */
function acceptanceIssue(
  context: DiagnosisContext,
  pool: KubeObjectLike,
  object: string,
): DiagnosisStep | undefined {
  const waiting =
    modelCondition(context, 'InferencePoolReady')?.reason ===
    'WaitingForGateway'
      ? ' (the model reports WaitingForGateway; some Gateway implementations never report on pools: kserve#5986, #6072)'
      : '';
  for (const { ref } of context.gateways) {
    const gateway = `Gateway ${ref.namespace}/${ref.name}`;
    const accepted = acceptedBy(pool, ref);
    if (!accepted) {
      return {
        id: 'inferencepool',
        status: 'warn',
        object,
        message: `${gateway} has not reported on ${object} yet${waiting}`,
        fix: 'if requests are served this is harmless; otherwise check that the Gateway implementation supports InferencePool backends',
      };
    }
    if (accepted.status !== 'True') {
      return {
        id: 'inferencepool',
        status: 'fail',
        object,
        message: `${gateway} does not accept ${object}: ${describeCondition(
          'Accepted',
          accepted,
        )}`,
        fix: 'use a Gateway implementation that supports InferencePool backends (Gateway API Inference Extension), and check that the HTTPRoute pointing at the pool is accepted',
      };
    }
  }
  return undefined;
}

/** `inferencepool`: the scheduler's InferencePool exists and our Gateways accepted it. */
export function inferencePoolStep(context: DiagnosisContext): DiagnosisStep {
  const id = 'inferencepool';
  if (!context.topology.scheduler) {
    return {
      id,
      status: 'skip',
      message:
        'no scheduler: the route goes to the workload Service, no InferencePool',
    };
  }
  const name = poolName(context);
  const object = objectLabel('InferencePool', context.namespace, name);
  const pool = findPool(context, name);
  if (!pool) return missingPool(context, object);
  const issue = acceptanceIssue(context, pool, object);
  if (issue) return issue;
  const how = context.gateways.length > 0 ? 'accepted' : 'exists';
  return {
    id,
    status: 'ok',
    object,
    message: `${object} ${how} (${pool.apiVersion ?? 'InferencePool'})`,
  };
}
