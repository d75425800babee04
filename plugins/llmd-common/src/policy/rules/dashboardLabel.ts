import { DISPLAY_NAME_ANNOTATION } from '../../kube/objectAnnotations';
import { annotationPath, labelPath } from '../fieldPath';
import type { PolicyRule, PolicyRuleHit } from '../policyRule';

/** The label the OpenShift AI dashboard lists model services by. */
const DASHBOARD_LABEL = 'opendatahub.io/dashboard';

/** `dashboard-label`: the model shows up in the OpenShift AI dashboard under a readable name. */
export const dashboardLabel: PolicyRule<'dashboard-label'> = {
  id: 'dashboard-label',
  description: `the model carries the label ${DASHBOARD_LABEL}: "true" and a ${DISPLAY_NAME_ANNOTATION} annotation`,
  kinds: ['LLMInferenceService'],
  options: {},
  check(llmisvc) {
    const hits: PolicyRuleHit[] = [];
    if (llmisvc.metadata.labels?.[DASHBOARD_LABEL] !== 'true') {
      hits.push({
        path: labelPath(DASHBOARD_LABEL),
        message: `without the label ${DASHBOARD_LABEL}: "true" the OpenShift AI dashboard does not list the model`,
      });
    }
    if (!llmisvc.metadata.annotations?.[DISPLAY_NAME_ANNOTATION]?.trim()) {
      hits.push({
        path: annotationPath(DISPLAY_NAME_ANNOTATION),
        message:
          'no display name: the dashboard and the portal show the bare object name',
      });
    }
    return hits;
  },
};
