import { KubeObject } from '../types';
import { RouteMatch } from './matchHttpRoute';
import { DATA_PLANE_KINDS, StoreReader } from './StoreReader';

const POOL_KINDS: Record<string, string> = {
  'inference.networking.k8s.io': DATA_PLANE_KINDS.inferencePool,
  'inference.networking.x-k8s.io': DATA_PLANE_KINDS.inferencePoolV1alpha2,
};
/** Suffixes of the names KServe gives a model's InferencePool and workload Service. */
const POOL_SUFFIX = '-inference-pool';
const WORKLOAD_SERVICE_SUFFIX = '-kserve-workload-svc';

type BackendRef = NonNullable<RouteMatch['rule']['backendRefs']>[number];

/** The model behind a route rule (and its pool, when routed through one), or the Gateway's own answer. */
export type BackendResolution =
  | { llmisvc: KubeObject; pool?: KubeObject }
  | { status: number; message: string };

function isPoolRef(ref: BackendRef): boolean {
  return ref.kind === 'InferencePool' && !!POOL_KINDS[ref.group ?? ''];
}

function isServiceRef(ref: BackendRef): boolean {
  return (ref.kind ?? 'Service') === 'Service' && !ref.group;
}

/**
 * Follows the rule's backendRef to the LLMInferenceService serving it: an InferencePool (`inference.networking.k8s.io`
 * v1 or `x-k8s.io` v1alpha2) owned by the model, or, for a model without a scheduler, the model's workload Service
 * (which the simulator does not materialise: its name says the model). A backendRef that does not resolve gets 500,
 * as Gateway API requires; a backend whose model is gone has no endpoints: 503.
 */
export function resolveBackend(
  reader: StoreReader,
  match: RouteMatch,
): BackendResolution {
  const routeNamespace = match.route.metadata.namespace ?? '';
  const ref = match.rule.backendRefs?.find(
    b => isPoolRef(b) || isServiceRef(b),
  );
  if (!ref?.name) {
    return {
      status: 500,
      message: `HTTPRoute ${routeNamespace}/${match.route.metadata.name} has no InferencePool or Service backend`,
    };
  }
  const namespace = ref.namespace ?? routeNamespace;
  let pool: KubeObject | undefined;
  let modelName: string;
  if (isPoolRef(ref)) {
    pool = reader.get(POOL_KINDS[ref.group!], namespace, ref.name);
    if (!pool) {
      return {
        status: 500,
        message: `InferencePool ${namespace}/${ref.name} (${ref.group}) not found`,
      };
    }
    modelName = owningModelName(pool, POOL_SUFFIX);
  } else {
    modelName = withoutSuffix(ref.name, WORKLOAD_SERVICE_SUFFIX);
  }
  const llmisvc = reader.get(DATA_PLANE_KINDS.llmisvc, namespace, modelName);
  return llmisvc
    ? { llmisvc, pool }
    : { status: 503, message: 'no healthy upstream' };
}

function withoutSuffix(name: string, suffix: string): string {
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/** The LLMInferenceService a pool belongs to: its owner reference, else its name without the suffix. */
function owningModelName(object: KubeObject, suffix: string): string {
  const owners = (object.metadata.ownerReferences ?? []) as Array<{
    kind?: string;
    name?: string;
  }>;
  const owner = owners.find(o => o.kind === 'LLMInferenceService');
  return owner?.name ?? withoutSuffix(object.metadata.name ?? '', suffix);
}
