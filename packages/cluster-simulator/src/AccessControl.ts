import { SimulatorAccessRule, SimulatorTokenAccess } from './types';

/** Who made a request. */
export interface Identity {
  /** A user name for messages; never the token itself. */
  user: string;
  access: SimulatorTokenAccess;
  /**
   * Set for a user impersonated with `Impersonate-User`: the RBAC objects in the store decide for it (the `access`
   * rules are then empty).
   */
  rbac?: (attributes: RequestAttributes) => boolean;
}

/** What a resource request wants to do, as RBAC sees it. */
export interface RequestAttributes {
  verb: string;
  group: string;
  /** `plural` or `plural/subresource`. */
  resource: string;
  /** The request's namespace; undefined for cluster-wide and cluster-scoped requests. */
  namespace?: string;
  /** The object's name, when the request names one (RBAC `resourceNames`). */
  name?: string;
}

/**
 * Bearer tokens and their rules. Tokens minted through the TokenRequest API are deliberately not added here:
 * they are for the model gateway, not for the API server.
 */
export class AccessControl {
  private readonly tokens = new Map<string, Identity>();
  private counter = 0;

  addToken(token: string, access: SimulatorTokenAccess, user?: string): void {
    if (!token) {
      throw new Error('a token must not be empty');
    }
    this.tokens.set(token, {
      user: user ?? `simulator:token-${++this.counter}`,
      access,
    });
  }

  /** The identity of an `Authorization: Bearer <token>` header, undefined when missing or unknown. */
  authenticate(authorization: string | undefined): Identity | undefined {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return m ? this.tokens.get(m[1]) : undefined;
  }

  /** The identity of a token itself (for TokenReview). */
  identityOf(token: string): Identity | undefined {
    return this.tokens.get(token);
  }

  /** The identity of a user name (for a SubjectAccessReview about a simulator token's user). */
  identityOfUser(user: string): Identity | undefined {
    for (const identity of this.tokens.values()) {
      if (identity.user === user) return identity;
    }
    return undefined;
  }
}

/** What every authenticated user may do (Kubernetes' `system:basic-user`): ask what it may do. */
const BASIC_USER_RULES: SimulatorAccessRule[] = [
  {
    verbs: ['create'],
    apiGroups: ['authorization.k8s.io'],
    resources: ['selfsubjectaccessreviews'],
  },
];

/** Whether `identity` may do what `attributes` describe. */
export function isAllowed(
  identity: Identity,
  attributes: RequestAttributes,
): boolean {
  if (identity.access === 'admin') return true;
  return (
    [...BASIC_USER_RULES, ...identity.access].some(rule =>
      ruleAllows(rule, attributes),
    ) ||
    (identity.rbac?.(attributes) ?? false)
  );
}

function ruleAllows(rule: SimulatorAccessRule, a: RequestAttributes): boolean {
  const has = (list: string[], value: string) =>
    list.includes('*') || list.includes(value);
  const [plural] = a.resource.split('/');
  const resourceMatches =
    has(rule.resources, a.resource) ||
    (a.resource !== plural && rule.resources.includes(`${plural}/*`));
  if (
    !has(rule.verbs, a.verb) ||
    !has(rule.apiGroups, a.group) ||
    !resourceMatches
  ) {
    return false;
  }
  if (rule.namespaces === undefined) return true;
  return a.namespace !== undefined && has(rule.namespaces, a.namespace);
}

/** The message of a 403, worded like the API server's. */
export function forbiddenMessage(
  identity: Identity,
  a: RequestAttributes,
  name?: string,
): string {
  const [plural, sub] = a.resource.split('/');
  const qualified = a.group ? `${plural}.${a.group}` : plural;
  const subject = name ? `${qualified} "${name}"` : qualified;
  const where =
    a.namespace !== undefined
      ? ` in the namespace "${a.namespace}"`
      : ' at the cluster scope';
  const resource = sub ? `${plural}/${sub}` : plural;
  return `${subject} is forbidden: User "${identity.user}" cannot ${a.verb} resource "${resource}" in API group "${a.group}"${where}`;
}
