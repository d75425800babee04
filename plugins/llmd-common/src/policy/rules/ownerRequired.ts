import { fullOwnerRef } from '../../catalog/catalogOwner';
import { OWNER_ANNOTATION } from '../../kube/objectAnnotations';
import { ownValue } from '../../kube/ownValue';
import { annotationPath } from '../fieldPath';
import type { PolicyRule } from '../policyRule';

/** `owner-required`: every model has a Backstage owner, its own or its tenant's. */
export const ownerRequired: PolicyRule<'owner-required'> = {
  id: 'owner-required',
  description: `a model has an owner: its ${OWNER_ANNOTATION} annotation or label, or the owner of its tenant namespace (configured owners, or the annotation of the Namespace)`,
  kinds: ['LLMInferenceService'],
  options: {},
  check(llmisvc, _options, context) {
    const { annotations, labels, namespace } = llmisvc.metadata;
    const owner =
      fullOwnerRef(annotations?.[OWNER_ANNOTATION]) ??
      fullOwnerRef(labels?.[OWNER_ANNOTATION]) ??
      (namespace === undefined
        ? undefined
        : fullOwnerRef(ownValue(context.namespaceOwners, namespace)));
    if (owner) return [];
    return [
      {
        path: annotationPath(OWNER_ANNOTATION),
        message: `no owner: set ${OWNER_ANNOTATION} on the model or on its tenant namespace${
          namespace ? ` ${namespace}` : ''
        }, so someone is accountable for it`,
      },
    ];
  },
};
