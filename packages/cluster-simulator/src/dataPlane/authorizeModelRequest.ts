import { ReviewContext, subjectAllowed, tokenReviewStatus } from '../reviews';
import { DEFAULT_TOKEN_AUDIENCE } from '../TokenIssuer';
import { AuthRules } from './effectiveAuthPolicy';

/** The outcome of the AuthPolicy check: allowed, or the status and reason Authorino denies with. */
export type AuthDecision =
  | { allowed: true }
  | { allowed: false; status: 401 | 403; reason: string };

/**
 * Checks a request against an AuthPolicy's rules the way Authorino runs the OpenShift AI controller's
 * (authpolicy_llm_isvc_userdefined.yaml): an `anonymous` identity lets anyone in; otherwise a bearer token
 * authenticated by TokenReview (for the policy's audiences, default the API server's), then, with a
 * SubjectAccessReview rule and a `/<namespace>/<name>/...` path outside `/v1/`, the user must be allowed to `get`
 * the LLMInferenceService `<name>` in `<namespace>` (group serving.kserve.io). The token is never logged or kept.
 */
export function authorizeModelRequest(
  context: ReviewContext,
  rules: AuthRules,
  authorization: string | undefined,
  path: string,
): AuthDecision {
  const identities = Object.values(rules.authentication ?? {});
  if (identities.some(identity => identity.anonymous !== undefined)) {
    return { allowed: true };
  }
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    return { allowed: false, status: 401, reason: 'credential not found' };
  }
  const audiences = identities.flatMap(
    identity => identity.kubernetesTokenReview?.audiences ?? [],
  );
  const review = tokenReviewStatus(context, {
    token,
    audiences: audiences.length ? audiences : [DEFAULT_TOKEN_AUDIENCE],
  });
  if (!review.authenticated || !review.user) {
    return { allowed: false, status: 401, reason: 'not authenticated' };
  }
  const checksAccess = Object.values(rules.authorization ?? {}).some(
    rule => rule.kubernetesSubjectAccessReview !== undefined,
  );
  const [, namespace, name] = path.split('/');
  if (!checksAccess || !namespace || !name || path.startsWith('/v1/')) {
    return { allowed: true };
  }
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
