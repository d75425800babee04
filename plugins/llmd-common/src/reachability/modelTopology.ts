import { type KubeObjectLike, stringAt, valueAt } from '../kube/kubeObject';

/**
 * What parts of the serving chain a model asks the controller for, read from its spec.
 */
export interface ModelTopology {
  /** `spec.router.scheduler` is set: an EPP Deployment and an InferencePool. */
  readonly scheduler: boolean;
  /** `spec.worker` (or `spec.prefill.worker`) is set: LeaderWorkerSets instead of Deployments. */
  readonly multiNode: boolean;
  /** `spec.prefill` is set: a separate prefill workload. */
  readonly prefill: boolean;
  /** `spec.router.route` is set: the controller manages (or is given) HTTPRoutes. */
  readonly route: boolean;
  /** The HTTPRoutes the model brings itself (`spec.router.route.http.refs`), by name in its namespace. */
  readonly routeRefs: readonly string[];
}

/** The serving chain a model asks for. */
export function modelTopology(llmisvc: KubeObjectLike): ModelTopology {
  const refs = valueAt(llmisvc, 'spec', 'router', 'route', 'http', 'refs');
  return {
    scheduler: valueAt(llmisvc, 'spec', 'router', 'scheduler') !== undefined,
    multiNode:
      valueAt(llmisvc, 'spec', 'worker') !== undefined ||
      valueAt(llmisvc, 'spec', 'prefill', 'worker') !== undefined,
    prefill: valueAt(llmisvc, 'spec', 'prefill') !== undefined,
    route: valueAt(llmisvc, 'spec', 'router', 'route') !== undefined,
    routeRefs: Array.isArray(refs)
      ? refs.flatMap(r => stringAt(r, 'name') ?? [])
      : [],
  };
}
