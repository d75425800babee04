import { ResourceDeclaration } from './resourceTable';

/** Shorthand for a built-in declaration. */
function kind(
  group: string,
  version: string,
  name: string,
  plural: string,
  options: {
    cluster?: boolean;
    status?: boolean;
    shortNames?: string[];
    verbs?: string[];
  } = {},
): ResourceDeclaration {
  return {
    group,
    version,
    kind: name,
    plural,
    namespaced: !options.cluster,
    hasStatus: options.status ?? false,
    shortNames: options.shortNames,
    verbs: options.verbs,
  };
}

/**
 * The Kubernetes kinds every simulator serves: what the portal, its tests and `kubectl`-style tooling read or
 * write, CustomResourceDefinition (so clients can ask which CRD versions a cluster serves) and the review APIs
 * a model gateway uses to check minted tokens.
 */
export const BUILTIN_RESOURCES: ResourceDeclaration[] = [
  kind('', 'v1', 'Namespace', 'namespaces', {
    cluster: true,
    status: true,
    shortNames: ['ns'],
  }),
  kind('', 'v1', 'ConfigMap', 'configmaps', { shortNames: ['cm'] }),
  kind('', 'v1', 'Secret', 'secrets'),
  kind('', 'v1', 'ServiceAccount', 'serviceaccounts', { shortNames: ['sa'] }),
  kind('', 'v1', 'Service', 'services', {
    status: true,
    shortNames: ['svc'],
  }),
  kind('', 'v1', 'Pod', 'pods', { status: true, shortNames: ['po'] }),
  kind('', 'v1', 'Event', 'events', { shortNames: ['ev'] }),
  kind('', 'v1', 'LimitRange', 'limitranges', { shortNames: ['limits'] }),
  kind('', 'v1', 'ResourceQuota', 'resourcequotas', {
    status: true,
    shortNames: ['quota'],
  }),
  kind('apps', 'v1', 'Deployment', 'deployments', {
    status: true,
    shortNames: ['deploy'],
  }),
  kind('apps', 'v1', 'ReplicaSet', 'replicasets', {
    status: true,
    shortNames: ['rs'],
  }),
  kind('apps', 'v1', 'StatefulSet', 'statefulsets', {
    status: true,
    shortNames: ['sts'],
  }),
  kind('apps', 'v1', 'DaemonSet', 'daemonsets', {
    status: true,
    shortNames: ['ds'],
  }),
  kind(
    'autoscaling',
    'v2',
    'HorizontalPodAutoscaler',
    'horizontalpodautoscalers',
    {
      status: true,
      shortNames: ['hpa'],
    },
  ),
  kind('batch', 'v1', 'Job', 'jobs', { status: true }),
  kind('batch', 'v1', 'CronJob', 'cronjobs', {
    status: true,
    shortNames: ['cj'],
  }),
  kind('networking.k8s.io', 'v1', 'Ingress', 'ingresses', {
    status: true,
    shortNames: ['ing'],
  }),
  kind('rbac.authorization.k8s.io', 'v1', 'Role', 'roles'),
  kind('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings'),
  kind('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', {
    cluster: true,
  }),
  kind(
    'rbac.authorization.k8s.io',
    'v1',
    'ClusterRoleBinding',
    'clusterrolebindings',
    {
      cluster: true,
    },
  ),
  kind(
    'apiextensions.k8s.io',
    'v1',
    'CustomResourceDefinition',
    'customresourcedefinitions',
    {
      cluster: true,
      status: true,
      shortNames: ['crd', 'crds'],
    },
  ),
  // Review APIs: answered, never stored (see reviews.ts).
  kind('authentication.k8s.io', 'v1', 'TokenReview', 'tokenreviews', {
    cluster: true,
    verbs: ['create'],
  }),
  kind(
    'authorization.k8s.io',
    'v1',
    'SubjectAccessReview',
    'subjectaccessreviews',
    {
      cluster: true,
      verbs: ['create'],
    },
  ),
  kind(
    'authorization.k8s.io',
    'v1',
    'SelfSubjectAccessReview',
    'selfsubjectaccessreviews',
    {
      cluster: true,
      verbs: ['create'],
    },
  ),
];

/**
 * CRD-defined kinds the dev portal's demo cluster needs, registered after the CRDs loaded from disk so a
 * machine without the shared reference data still serves them.
 */
export const FALLBACK_CRD_RESOURCES: ResourceDeclaration[] = [
  ...['v1alpha2', 'v1alpha1'].flatMap(version => [
    {
      group: 'serving.kserve.io',
      version,
      kind: 'LLMInferenceService',
      plural: 'llminferenceservices',
      shortNames: ['llmisvc'],
      namespaced: true,
      hasStatus: true,
    },
    {
      group: 'serving.kserve.io',
      version,
      kind: 'LLMInferenceServiceConfig',
      plural: 'llminferenceserviceconfigs',
      namespaced: true,
      hasStatus: false,
    },
  ]),
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'Gateway',
    plural: 'gateways',
    shortNames: ['gtw'],
    namespaced: true,
    hasStatus: true,
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'GatewayClass',
    plural: 'gatewayclasses',
    shortNames: ['gc'],
    namespaced: false,
    hasStatus: true,
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'HTTPRoute',
    plural: 'httproutes',
    namespaced: true,
    hasStatus: true,
  },
  {
    group: 'inference.networking.k8s.io',
    version: 'v1',
    kind: 'InferencePool',
    plural: 'inferencepools',
    shortNames: ['infpool'],
    namespaced: true,
    hasStatus: true,
  },
];
