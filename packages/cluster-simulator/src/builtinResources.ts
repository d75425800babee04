import { ResourceDeclaration } from './ResourceTable';

/**
 * One resource as a table row: apiVersion, kind, plural, flags and space-separated short names. Flags: `c`
 * cluster-scoped, `s` has a `/status` subresource, `r` review API (only `create`; answered, never stored).
 */
type ResourceRow = readonly [
  apiVersion: string,
  kind: string,
  plural: string,
  flags?: string,
  shortNames?: string,
];

/** The declarations of table rows. */
function declarations(rows: ResourceRow[]): ResourceDeclaration[] {
  return rows.map(([apiVersion, kind, plural, flags = '', shortNames]) => {
    const slash = apiVersion.lastIndexOf('/');
    return {
      group: slash < 0 ? '' : apiVersion.slice(0, slash),
      version: apiVersion.slice(slash + 1),
      kind,
      plural,
      namespaced: !flags.includes('c'),
      hasStatus: flags.includes('s'),
      shortNames: shortNames?.split(' '),
      verbs: flags.includes('r') ? ['create'] : undefined,
    };
  });
}

/**
 * The Kubernetes kinds every simulator serves: what the portal, its tests and `kubectl`-style tooling read or
 * write, CustomResourceDefinition (so clients can ask which CRD versions a cluster serves) and the review APIs
 * a model gateway uses to check minted tokens (see reviews.ts).
 */
export const BUILTIN_RESOURCES = declarations([
  ['v1', 'Namespace', 'namespaces', 'cs', 'ns'],
  ['v1', 'ConfigMap', 'configmaps', '', 'cm'],
  ['v1', 'Secret', 'secrets'],
  ['v1', 'ServiceAccount', 'serviceaccounts', '', 'sa'],
  ['v1', 'Service', 'services', 's', 'svc'],
  ['v1', 'Pod', 'pods', 's', 'po'],
  ['v1', 'Event', 'events', '', 'ev'],
  ['v1', 'LimitRange', 'limitranges', '', 'limits'],
  ['v1', 'ResourceQuota', 'resourcequotas', 's', 'quota'],
  ['apps/v1', 'Deployment', 'deployments', 's', 'deploy'],
  ['apps/v1', 'ReplicaSet', 'replicasets', 's', 'rs'],
  ['apps/v1', 'StatefulSet', 'statefulsets', 's', 'sts'],
  ['apps/v1', 'DaemonSet', 'daemonsets', 's', 'ds'],
  [
    'autoscaling/v2',
    'HorizontalPodAutoscaler',
    'horizontalpodautoscalers',
    's',
    'hpa',
  ],
  ['batch/v1', 'Job', 'jobs', 's'],
  ['batch/v1', 'CronJob', 'cronjobs', 's', 'cj'],
  ['networking.k8s.io/v1', 'Ingress', 'ingresses', 's', 'ing'],
  ['rbac.authorization.k8s.io/v1', 'Role', 'roles'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'clusterroles', 'c'],
  [
    'rbac.authorization.k8s.io/v1',
    'ClusterRoleBinding',
    'clusterrolebindings',
    'c',
  ],
  [
    'apiextensions.k8s.io/v1',
    'CustomResourceDefinition',
    'customresourcedefinitions',
    'cs',
    'crd crds',
  ],
  ['authentication.k8s.io/v1', 'TokenReview', 'tokenreviews', 'cr'],
  [
    'authorization.k8s.io/v1',
    'SubjectAccessReview',
    'subjectaccessreviews',
    'cr',
  ],
  [
    'authorization.k8s.io/v1',
    'SelfSubjectAccessReview',
    'selfsubjectaccessreviews',
    'cr',
  ],
]);

/**
 * CRD-defined kinds the dev portal's demo cluster needs, registered after the CRDs loaded from disk so a
 * machine without the shared reference data still serves them. The first version of a kind is its storage
 * version.
 */
export const FALLBACK_CRD_RESOURCES = declarations([
  ...['v1alpha2', 'v1alpha1'].flatMap((version): ResourceRow[] => [
    [
      `serving.kserve.io/${version}`,
      'LLMInferenceService',
      'llminferenceservices',
      's',
      'llmisvc',
    ],
    [
      `serving.kserve.io/${version}`,
      'LLMInferenceServiceConfig',
      'llminferenceserviceconfigs',
    ],
  ]),
  ['gateway.networking.k8s.io/v1', 'Gateway', 'gateways', 's', 'gtw'],
  [
    'gateway.networking.k8s.io/v1',
    'GatewayClass',
    'gatewayclasses',
    'cs',
    'gc',
  ],
  ['gateway.networking.k8s.io/v1', 'HTTPRoute', 'httproutes', 's'],
  [
    'inference.networking.k8s.io/v1',
    'InferencePool',
    'inferencepools',
    's',
    'infpool',
  ],
]);
