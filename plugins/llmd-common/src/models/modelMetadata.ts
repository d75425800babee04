import { type KubeObjectLike, stringAt } from '../kube/kubeObject';
import {
  DISPLAY_NAME_ANNOTATION,
  OWNER_ANNOTATION,
} from '../kube/objectAnnotations';

/**
 * Auth annotation of OpenShift AI: the gateway's AuthPolicy requires a token unless it is "false".
 *
 * @public
 */
export const ENABLE_AUTH_ANNOTATION = 'security.opendatahub.io/enable-auth';

/**
 * `openshift.io/display-name`, else the object name.
 *
 * @public
 */
export function modelDisplayName(llmisvc: KubeObjectLike): string {
  return (
    llmisvc.metadata.annotations?.[DISPLAY_NAME_ANNOTATION]?.trim() ||
    llmisvc.metadata.name
  );
}

/**
 * The `backstage.io/owner` annotation, when set.
 *
 * @public
 */
export function modelOwner(llmisvc: KubeObjectLike): string | undefined {
  return llmisvc.metadata.annotations?.[OWNER_ANNOTATION]?.trim() || undefined;
}

/**
 * The model name clients send as `model`: `spec.model.name`, which the controller defaults to the object name.
 *
 * @public
 */
export function servedModelName(llmisvc: KubeObjectLike): string {
  return stringAt(llmisvc, 'spec', 'model', 'name') || llmisvc.metadata.name;
}

/**
 * Whether clients need a token: auth is on unless the annotation says "false" (absent means on, as on OpenShift AI
 * 3.x). Case and surrounding blanks are ignored, so "False" does not silently count as on.
 *
 * @public
 */
export function isAuthEnabled(llmisvc: KubeObjectLike): boolean {
  const value = llmisvc.metadata.annotations?.[ENABLE_AUTH_ANNOTATION];
  return value?.trim().toLowerCase() !== 'false';
}
