import type { ModelReplicas, ModelSpecSummary } from '../api';
import {
  type KubeObjectLike,
  numberAt,
  objectsAt,
  stringAt,
  valueAt,
} from '../kube/kubeObject';
import { servedModelName } from './modelMetadata';

/** Extended resources that count as accelerators. */
export const GPU_RESOURCES = ['nvidia.com/gpu', 'amd.com/gpu', 'intel.com/gpu'];

/** The container the KServe controller treats as the model server. */
const MODEL_CONTAINER = 'main';

/**
 * Replicas as the controller reads them: `spec.replicas` (default 1) and `spec.prefill.replicas` when P/D.
 *
 * @public
 */
export function modelReplicas(llmisvc: KubeObjectLike): ModelReplicas {
  const decode = numberAt(llmisvc, 'spec', 'replicas') ?? 1;
  if (valueAt(llmisvc, 'spec', 'prefill') === undefined) return { decode };
  return {
    decode,
    prefill: numberAt(llmisvc, 'spec', 'prefill', 'replicas') ?? 1,
  };
}

function quantity(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** GPUs of container `main` of a pod template as written (limits, else requests); presets may add more. */
function gpusOfTemplate(template: unknown): number {
  const main = objectsAt(template, 'containers').find(
    c => c.name === MODEL_CONTAINER,
  );
  return GPU_RESOURCES.reduce((sum, resource) => {
    const limit = valueAt(main, 'resources', 'limits', resource);
    const request = valueAt(main, 'resources', 'requests', resource);
    return sum + quantity(limit ?? request);
  }, 0);
}

function scalarFields(value: unknown): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'boolean' || Number.isFinite(field)) out[key] = field;
  }
  return out;
}

/**
 * The deployment shape of an LLMInferenceService: model, pools, replicas, GPUs and parallelism.
 *
 * @public
 */
export function summarizeModelSpec(llmisvc: KubeObjectLike): ModelSpecSummary {
  const replicas = modelReplicas(llmisvc);
  const parallelism = scalarFields(valueAt(llmisvc, 'spec', 'parallelism'));
  const multiNode =
    valueAt(llmisvc, 'spec', 'worker') !== undefined ||
    valueAt(llmisvc, 'spec', 'prefill', 'worker') !== undefined;
  const decodePerPod = gpusOfTemplate(valueAt(llmisvc, 'spec', 'template'));
  const prefillPerPod =
    replicas.prefill === undefined
      ? undefined
      : gpusOfTemplate(valueAt(llmisvc, 'spec', 'prefill', 'template'));
  const total = multiNode
    ? undefined
    : decodePerPod * replicas.decode +
      (prefillPerPod ?? 0) * (replicas.prefill ?? 0);
  const modelUri = stringAt(llmisvc, 'spec', 'model', 'uri');
  return {
    apiVersion: llmisvc.apiVersion ?? 'serving.kserve.io/v1alpha1',
    ...(modelUri && { modelUri }),
    modelName: servedModelName(llmisvc),
    replicas,
    gpus: {
      decodePerPod,
      ...(prefillPerPod !== undefined && { prefillPerPod }),
      ...(total !== undefined && { total }),
    },
    parallelism,
    tensorParallel: numberAt(llmisvc, 'spec', 'parallelism', 'tensor') ?? 1,
    multiNode,
  };
}
