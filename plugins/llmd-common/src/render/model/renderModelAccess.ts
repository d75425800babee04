import type { KubeManifest } from '../gitopsFile';

/**
 * Name of the ServiceAccount whose tokens may call a model service (`<name>-client`); the backend mints its
 * short-lived tokens with the TokenRequest API.
 */
export function modelClientServiceAccountName(name: string): string {
  return `${name}-client`;
}

/**
 * The client identity of a model service: a ServiceAccount, and a Role + RoleBinding granting it `get` on exactly
 * this LLMInferenceService — the SubjectAccessReview the gateway's AuthPolicy makes when auth is on.
 */
export function renderModelAccess(
  name: string,
  namespace: string,
): KubeManifest[] {
  const client = modelClientServiceAccountName(name);
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: client, namespace },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: client, namespace },
      rules: [
        {
          apiGroups: ['serving.kserve.io'],
          resources: ['llminferenceservices'],
          resourceNames: [name],
          verbs: ['get'],
        },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: client, namespace },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Role',
        name: client,
      },
      subjects: [{ kind: 'ServiceAccount', name: client, namespace }],
    },
  ];
}
