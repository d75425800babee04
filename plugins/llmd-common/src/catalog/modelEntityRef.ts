import { catalogEntityName } from './catalogEntityName';

/**
 * The catalog entity of a model service: one `Component` per (Kubernetes namespace, LLMInferenceService name), shared
 * by every cluster that runs it. The Kubernetes namespace is the entity namespace, so the ref is unique per model and
 * the backend, the catalog module and the frontend all derive the same ref without a lookup. The name follows
 * `catalogEntityName` (the object name itself for every name up to 63 characters).
 *
 * @param namespace - Kubernetes namespace of the LLMInferenceService
 * @param name - name of the LLMInferenceService
 * @returns the entity ref `component:<namespace>/<name>`
 *
 * @public
 */
export function modelEntityRef(namespace: string, name: string): string {
  return `component:${namespace}/${catalogEntityName(name)}`;
}
