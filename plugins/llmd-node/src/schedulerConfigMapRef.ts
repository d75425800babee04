import { schedulerConfigRef } from '@llmd/plugin-llmd-common';
import type { KubeObject } from './types';

/**
 * A ConfigMap key an EPP scheduler config is read from.
 *
 * @public
 */
export interface ConfigMapRef {
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
}

/**
 * The ConfigMap an LLMInferenceService or LLMInferenceServiceConfig takes its EPP config from:
 * `spec.router.scheduler.config.ref` (a ConfigMapKeySelector `{name, key, optional}`, KServe ≥ 0.17; the ConfigMap
 * lives in the object's own namespace; the key defaults to the one the controller reads). Undefined when the object
 * has none (always on v1alpha1).
 *
 * @public
 */
export function schedulerConfigMapRef(
  object: KubeObject,
): ConfigMapRef | undefined {
  const ref = schedulerConfigRef(object);
  const namespace = object.metadata.namespace;
  return namespace && ref ? { namespace, ...ref } : undefined;
}
