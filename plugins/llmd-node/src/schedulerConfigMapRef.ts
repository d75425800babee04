import type { KubeObject } from './types';

/** A ConfigMap key an EPP scheduler config is read from. */
export interface ConfigMapRef {
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
}

/**
 * The ConfigMap an LLMInferenceService or LLMInferenceServiceConfig takes its EPP config from:
 * `spec.router.scheduler.config.ref` (a ConfigMapKeySelector `{name, key, optional}`, KServe ≥ 0.17; the ConfigMap
 * lives in the object's own namespace). Undefined when the object has none (always on v1alpha1).
 */
export function schedulerConfigMapRef(
  object: KubeObject,
): ConfigMapRef | undefined {
  const ref = (object.spec as any)?.router?.scheduler?.config?.ref;
  const namespace = object.metadata.namespace;
  if (
    !namespace ||
    typeof ref !== 'object' ||
    ref === null ||
    typeof ref.name !== 'string' ||
    ref.name === ''
  ) {
    return undefined;
  }
  return {
    namespace,
    name: ref.name,
    key: typeof ref.key === 'string' ? ref.key : '',
  };
}
