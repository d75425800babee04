import { KubeObject } from '../types';
import { RouteMatch } from './matchHttpRoute';
import { DATA_PLANE_KINDS, StoreReader } from './StoreReader';

const POOL_KINDS: Record<string, string> = {
  'inference.networking.k8s.io': DATA_PLANE_KINDS.inferencePool,
  'inference.networking.x-k8s.io': DATA_PLANE_KINDS.inferencePoolV1alpha2,
};
const POOL_SUFFIX = '-inference-pool';

/** The model behind a route rule, or the HTTP status and words the Gateway answers instead. */
export type BackendResolution =
  | { llmisvc: KubeObject; pool: KubeObject }
  | { status: number; message: string };

/**
 * Follows the rule's InferencePool backendRef (`inference.networking.k8s.io` v1 or `x-k8s.io` v1alpha2) to the
 * LLMInferenceService that owns the pool. A backendRef that does not resolve gets 500, as Gateway API requires;
 * a pool whose model is gone has no endpoints: 503.
 */
export function resolveBackend(
  reader: StoreReader,
  match: RouteMatch,
): BackendResolution {
  const routeNamespace = match.route.metadata.namespace ?? '';
  const ref = match.rule.backendRefs?.find(
    b => b.kind === 'InferencePool' && POOL_KINDS[b.group ?? ''],
  );
  if (!ref?.name) {
    return {
      status: 500,
      message: `HTTPRoute ${routeNamespace}/${match.route.metadata.name} has no InferencePool backend`,
    };
  }
  const namespace = ref.namespace ?? routeNamespace;
  const pool = reader.get(POOL_KINDS[ref.group!], namespace, ref.name);
  if (!pool) {
    return {
      status: 500,
      message: `InferencePool ${namespace}/${ref.name} (${ref.group}) not found`,
    };
  }
  const name = owningModelName(pool);
  const llmisvc = reader.get(DATA_PLANE_KINDS.llmisvc, namespace, name);
  return llmisvc
    ? { llmisvc, pool }
    : { status: 503, message: 'no healthy upstream' };
}

/** The LLMInferenceService a pool belongs to: its owner reference, else its name without `-inference-pool`. */
function owningModelName(pool: KubeObject): string {
  const owners = (pool.metadata.ownerReferences ?? []) as Array<{
    kind?: string;
    name?: string;
  }>;
  const owner = owners.find(o => o.kind === 'LLMInferenceService');
  if (owner?.name) return owner.name;
  const name = pool.metadata.name ?? '';
  return name.endsWith(POOL_SUFFIX) ? name.slice(0, -POOL_SUFFIX.length) : name;
}
