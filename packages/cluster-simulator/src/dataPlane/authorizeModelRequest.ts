import { ReviewContext, subjectAllowed, tokenReviewStatus } from '../reviews';
import { DEFAULT_TOKEN_AUDIENCE } from '../TokenIssuer';

/** The outcome of the AuthPolicy check: allowed, or the status and reason Authorino denies with. */
export type AuthDecision =
  | { allowed: true }
  | { allowed: false; status: 401 | 403; reason: string };

/**
 * Checks a request the way the AuthPolicy of the OpenShift AI controller does
 * (authpolicy_llm_isvc_userdefined.yaml): a bearer token authenticated by TokenReview for the API server's
 * audience, then, for `/<namespace>/<name>/...` paths outside `/v1/`, a SubjectAccessReview that the user may
 * `get` the LLMInferenceService `<name>` in `<namespace>` (group serving.kserve.io). The token is never
 * logged or kept.
 */
export function authorizeModelRequest(
  context: ReviewContext,
  authorization: string | undefined,
  path: string,
): AuthDecision {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    return { allowed: false, status: 401, reason: 'credential not found' };
  }
  const review = tokenReviewStatus(context, {
    token,
    audiences: [DEFAULT_TOKEN_AUDIENCE],
  });
  if (!review.authenticated || !review.user) {
    return { allowed: false, status: 401, reason: 'not authenticated' };
  }
  const [, namespace, name] = path.split('/');
  if (!namespace || !name || path.startsWith('/v1/')) return { allowed: true };
  const allowed = subjectAllowed(context, {
    user: review.user.username,
    groups: review.user.groups,
    resourceAttributes: {
      group: 'serving.kserve.io',
      resource: 'llminferenceservices',
      verb: 'get',
      namespace,
      name,
    },
  });
  return allowed
    ? { allowed: true }
    : { allowed: false, status: 403, reason: 'Unauthorized' };
}
