import type { KubeManifest } from '../gitopsFile';

/**
 * Name of the ServiceAccount whose tokens may call a model service (`<name>-client`); the backend mints its
 * short-lived tokens with the TokenRequest API.
 *
 * @public
 */
export function modelClientServiceAccountName(name: string): string {
  return `${name}-client`;
}

/**
 * Label the renderer puts on the client ServiceAccount. The backend mints tokens only for a ServiceAccount carrying
 * it, so a `<name>-client` that someone created by hand (with other RBAC) is not mistaken for the product's own.
 *
 * @public
 */
export const MANAGED_CLIENT_LABEL = 'llm-d.ai/managed-client';

/**
 * The client identity of a model service: a ServiceAccount, and a Role + RoleBinding granting it `get` on exactly
 * this LLMInferenceService — the SubjectAccessReview the gateway's AuthPolicy makes when auth is on.
 *
 * @public
 */
export function renderModelAccess(
  name: string,
  namespace: string,
): KubeManifest[] {
  const client = modelClientServiceAccountName(name);
  // Built apart from the return so the labels pass KubeManifest's minimal metadata type.
  const serviceAccount = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: client,
      namespace,
      labels: { [MANAGED_CLIENT_LABEL]: 'true' },
    },
  };
  return [
    serviceAccount,
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
