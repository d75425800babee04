import { isAllowed, RequestAttributes } from './AccessControl';
import { rbacAllows, serviceAccountGroups } from './rbacAllows';
import { ResourceRequest, SimulatorCore } from './requestContext';
import { DEFAULT_TOKEN_AUDIENCE } from './TokenIssuer';

/** The review resources: answered on create, never stored. */
export const REVIEWS = new Set([
  'tokenreviews.authentication.k8s.io',
  'subjectaccessreviews.authorization.k8s.io',
  'selfsubjectaccessreviews.authorization.k8s.io',
]);

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

/**
 * Answers TokenReview, SubjectAccessReview and SelfSubjectAccessReview like the API server: the request body
 * comes back with `status` filled in.
 */
export function answerReview(
  request: ResourceRequest,
  body: unknown,
): Record<string, unknown> {
  const review = { ...((body ?? {}) as Record<string, any>) };
  const spec = (review.spec ?? {}) as Record<string, any>;
  review.apiVersion = request.type.apiVersion;
  review.kind = request.type.kind;
  review.metadata = { creationTimestamp: null, ...(review.metadata ?? {}) };
  switch (request.type.kind) {
    case 'TokenReview':
      review.status = tokenReviewStatus(request.core, spec);
      break;
    case 'SelfSubjectAccessReview':
      review.status = decide(
        isAllowed(request.identity, toAttributes(spec.resourceAttributes)),
      );
      break;
    default:
      review.status = decide(subjectAllowed(request.core, spec));
  }
  return review;
}

function decide(allowed: boolean) {
  return allowed
    ? { allowed: true, reason: 'allowed by the cluster simulator' }
    : { allowed: false };
}

function toAttributes(
  attributes: ResourceAttributes | undefined,
): RequestAttributes {
  const a = attributes ?? {};
  return {
    verb: a.verb ?? '',
    group: a.group ?? '',
    resource: a.subresource
      ? `${a.resource}/${a.subresource}`
      : a.resource ?? '',
    namespace: a.namespace || undefined,
    ...(a.name && { name: a.name }),
  };
}

/** What the reviews read: the minted tokens, the simulator's tokens and the RBAC objects. */
export type ReviewContext = Pick<
  SimulatorCore,
  'tokens' | 'access' | 'store' | 'table'
>;

/**
 * Minted ServiceAccount tokens authenticate while unexpired and when their audiences intersect the requested
 * ones (default: the API server's); the simulator's own bearer tokens authenticate as their users. Also the
 * data plane's AuthPolicy check.
 */
export function tokenReviewStatus(
  core: Pick<ReviewContext, 'tokens' | 'access'>,
  spec: Record<string, any>,
) {
  const token = typeof spec.token === 'string' ? spec.token : '';
  const wanted: string[] =
    Array.isArray(spec.audiences) && spec.audiences.length
      ? spec.audiences
      : [DEFAULT_TOKEN_AUDIENCE];
  const minted = core.tokens.find(token);
  if (minted) {
    const audiences = minted.audiences.filter(a => wanted.includes(a));
    if (new Date(minted.expirationTimestamp).getTime() <= Date.now()) {
      return { authenticated: false, error: 'token has expired' };
    }
    if (!audiences.length) {
      return { authenticated: false, error: 'token audiences do not match' };
    }
    const username = `system:serviceaccount:${minted.namespace}:${minted.serviceAccountName}`;
    return {
      authenticated: true,
      user: { username, groups: serviceAccountGroups(minted.namespace) },
      audiences,
    };
  }
  const identity = core.access.identityOf(token);
  if (identity) {
    return {
      authenticated: true,
      user: { username: identity.user, groups: ['system:authenticated'] },
      audiences: wanted,
    };
  }
  return { authenticated: false, error: 'invalid bearer token' };
}

/**
 * A SubjectAccessReview's answer: a simulator token's user is decided by its rules; anyone else by RBAC objects
 * in the store. Also the data plane's AuthPolicy check.
 */
export function subjectAllowed(
  core: ReviewContext,
  spec: Record<string, any>,
): boolean {
  const user = typeof spec.user === 'string' ? spec.user : '';
  const attributes: ResourceAttributes = spec.resourceAttributes ?? {};
  if (!spec.resourceAttributes) return false;
  const identity = core.access.identityOfUser(user);
  if (identity) return isAllowed(identity, toAttributes(attributes));
  return rbacAllows(core.store, core.table, {
    user,
    groups: Array.isArray(spec.groups) ? spec.groups : [],
    verb: attributes.verb ?? '',
    group: attributes.group ?? '',
    resource: attributes.resource ?? '',
    subresource: attributes.subresource || undefined,
    name: attributes.name || undefined,
    namespace: attributes.namespace || undefined,
  });
}
