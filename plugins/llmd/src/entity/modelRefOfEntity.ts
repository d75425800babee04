import type { Entity } from '@backstage/catalog-model';
import {
  KUBE_NAME_ANNOTATION,
  KUBE_NAMESPACE_ANNOTATION,
} from '@llmd/plugin-llmd-common';
import type { ModelRef } from '../api';

/** The component type the llm-d catalog module gives model services. */
const MODEL_SERVICE_TYPE = 'model-service';

/**
 * True for catalog entities of llm-d model services: Components of type `model-service` that name their
 * LLMInferenceService. Used as the filter of the entity tab and cards.
 * @public
 */
export function isLlmdModelService(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    entity.spec?.type === MODEL_SERVICE_TYPE &&
    modelRefOfEntity(entity) !== undefined
  );
}

/**
 * The LLMInferenceService an entity stands for: the llm-d annotations written by the catalog module, else the
 * entity's own namespace and name (a hand-written `model-service` entity named like its object).
 */
export function modelRefOfEntity(entity: Entity): ModelRef | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const namespace =
    annotations[KUBE_NAMESPACE_ANNOTATION] ?? entity.metadata.namespace;
  const name = annotations[KUBE_NAME_ANNOTATION] ?? entity.metadata.name;
  if (!namespace || !name) return undefined;
  return { namespace, name };
}
