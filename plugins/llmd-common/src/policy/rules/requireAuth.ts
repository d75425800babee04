import {
  ENABLE_AUTH_ANNOTATION,
  isAuthEnabled,
} from '../../models/modelMetadata';
import { annotationPath } from '../fieldPath';
import type { PolicyRule } from '../policyRule';

/** `require-auth`: clients need a token; the enable-auth annotation must not switch the AuthPolicy off. */
export const requireAuth: PolicyRule<'require-auth'> = {
  id: 'require-auth',
  description: `the ${ENABLE_AUTH_ANNOTATION} annotation is not "false" (the gateway requires a token)`,
  kinds: ['LLMInferenceService'],
  options: {},
  check(llmisvc) {
    if (isAuthEnabled(llmisvc)) return [];
    return [
      {
        path: annotationPath(ENABLE_AUTH_ANNOTATION),
        message:
          'auth is switched off: anyone who reaches the gateway can use the model without a token',
      },
    ];
  },
};
