import type { IncomingHttpHeaders } from 'node:http';
import {
  forbiddenMessage,
  Identity,
  isAllowed,
  RequestAttributes,
} from './AccessControl';
import { rbacAllows, serviceAccountGroups } from './rbacAllows';
import type { SimulatorCore } from './requestContext';
import { StatusError } from './StatusError';

const SERVICE_ACCOUNT = /^system:serviceaccount:([^:]+):([^:]+)$/;

function headerValues(
  headers: IncomingHttpHeaders,
  distinct: NodeJS.Dict<string[]> | undefined,
  name: string,
): string[] {
  // each Impersonate-Group header is one group (a group name may contain a comma)
  const values = distinct?.[name] ?? headers[name];
  if (values === undefined) return [];
  return (Array.isArray(values) ? values : [values]).map(v => v.trim());
}

/** What impersonating `user` needs, as the API server asks it: `impersonate` on the user or ServiceAccount. */
function userAttributes(user: string): RequestAttributes & { name: string } {
  const sa = SERVICE_ACCOUNT.exec(user);
  return sa
    ? {
        verb: 'impersonate',
        group: '',
        resource: 'serviceaccounts',
        namespace: sa[1],
        name: sa[2],
      }
    : { verb: 'impersonate', group: '', resource: 'users', name: user };
}

function requireImpersonate(
  identity: Identity,
  attributes: RequestAttributes & { name: string },
): void {
  if (!isAllowed(identity, attributes)) {
    throw new StatusError(
      403,
      forbiddenMessage(identity, attributes, attributes.name),
      'Forbidden',
    );
  }
}

/**
 * The identity a request acts as: the authenticated one, or the user (and groups) of its `Impersonate-User` /
 * `Impersonate-Group` headers when the authenticated identity may `impersonate` them (RBAC verb, as on the API
 * server; 403 otherwise). An impersonated user with a simulator token keeps that token's rules; anyone else is
 * decided by the Roles and bindings in the store, so `kubectl auth can-i --as <user>` answers for that user.
 */
export function impersonate(
  core: Pick<SimulatorCore, 'access' | 'store' | 'table'>,
  identity: Identity,
  headers: IncomingHttpHeaders,
  distinct?: NodeJS.Dict<string[]>,
): Identity {
  const users = headerValues(headers, distinct, 'impersonate-user');
  const groups = headerValues(headers, distinct, 'impersonate-group');
  if (users.length === 0) {
    if (groups.length === 0) return identity;
    throw new StatusError(
      400,
      'impersonating groups requires Impersonate-User',
      'BadRequest',
    );
  }
  if (users.length > 1) {
    throw new StatusError(
      400,
      'only one Impersonate-User is allowed',
      'BadRequest',
    );
  }
  const user = users[0];
  requireImpersonate(identity, userAttributes(user));
  for (const group of groups) {
    requireImpersonate(identity, {
      verb: 'impersonate',
      group: '',
      resource: 'groups',
      name: group,
    });
  }
  const own = core.access.identityOfUser(user);
  if (own && groups.length === 0) return own;
  const sa = SERVICE_ACCOUNT.exec(user);
  const allGroups = [
    ...groups,
    ...(sa ? serviceAccountGroups(sa[1]) : ['system:authenticated']),
  ];
  return {
    user,
    access: [],
    rbac: attributes => {
      const [resource, subresource] = attributes.resource.split('/');
      return rbacAllows(core.store, core.table, {
        user,
        groups: allGroups,
        verb: attributes.verb,
        group: attributes.group,
        resource,
        subresource,
        name: attributes.name,
        namespace: attributes.namespace,
      });
    },
  };
}
