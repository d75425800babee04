import { ObjectStore } from './ObjectStore';
import { ResourceTable } from './ResourceTable';

/** What a SubjectAccessReview asks: may `user` (in `groups`) do this? */
export interface SubjectRequest {
  user: string;
  groups: string[];
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
}

interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

interface Binding {
  metadata: { namespace?: string };
  roleRef?: { kind?: string; name?: string };
  subjects?: Array<{ kind?: string; name?: string; namespace?: string }>;
}

const RBAC = 'rbac.authorization.k8s.io/v1';

/**
 * Evaluates Kubernetes RBAC over the Roles, ClusterRoles, RoleBindings and ClusterRoleBindings in the store,
 * as the API server's authorizer does for a SubjectAccessReview: allowed when any binding that names the
 * user, one of its groups or its ServiceAccount grants a matching rule (resourceNames included). This is
 * how a model gateway decides whether a minted ServiceAccount token may call a model.
 */
export function rbacAllows(
  store: ObjectStore,
  table: ResourceTable,
  request: SubjectRequest,
): boolean {
  const type = (kind: string) => table.forKind(RBAC, kind)!;
  const bindings: Binding[] = [
    ...(request.namespace !== undefined
      ? store
          .list(type('RoleBinding'), request.namespace)
          .map(o => o.object as unknown as Binding)
      : []),
    ...store
      .list(type('ClusterRoleBinding'))
      .map(o => o.object as unknown as Binding),
  ];
  return bindings.some(binding => {
    if (!binding.subjects?.some(s => subjectMatches(s, binding, request)))
      return false;
    const ref = binding.roleRef;
    if (!ref?.name) return false;
    const role =
      ref.kind === 'Role'
        ? store.get(type('Role'), binding.metadata.namespace, ref.name)
        : store.get(type('ClusterRole'), undefined, ref.name);
    const rules = ((role?.object as { rules?: PolicyRule[] } | undefined)
      ?.rules ?? []) as PolicyRule[];
    return rules.some(rule => ruleMatches(rule, request));
  });
}

function subjectMatches(
  subject: { kind?: string; name?: string; namespace?: string },
  binding: Binding,
  request: SubjectRequest,
): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name === request.user;
    case 'Group':
      return (
        subject.name !== undefined && request.groups.includes(subject.name)
      );
    case 'ServiceAccount': {
      const namespace = subject.namespace ?? binding.metadata.namespace;
      return (
        request.user === `system:serviceaccount:${namespace}:${subject.name}`
      );
    }
    default:
      return false;
  }
}

function ruleMatches(rule: PolicyRule, request: SubjectRequest): boolean {
  const has = (list: string[] | undefined, value: string) =>
    !!list && (list.includes('*') || list.includes(value));
  const resource = request.subresource
    ? `${request.resource}/${request.subresource}`
    : request.resource;
  const names = rule.resourceNames ?? [];
  return (
    has(rule.verbs, request.verb) &&
    has(rule.apiGroups, request.group) &&
    has(rule.resources, resource) &&
    (names.length === 0 ||
      (request.name !== undefined && names.includes(request.name)))
  );
}

/** The groups Kubernetes puts a ServiceAccount user in. */
export function serviceAccountGroups(namespace: string): string[] {
  return [
    'system:serviceaccounts',
    `system:serviceaccounts:${namespace}`,
    'system:authenticated',
  ];
}
