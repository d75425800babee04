import { JsonSchema } from './types';
import { NameFormat, objectMetaSchema } from './objectMetaSchema';

/**
 * Small hand-written strict schemas for the few non-CRD kinds the project emits. They cover the
 * fields a GitOps manifest of these kinds uses, not the full Kubernetes OpenAPI (which is not in
 * the reference data); unknown fields are rejected like for CRDs.
 */

const str: JsonSchema = { type: 'string' };
const strList: JsonSchema = { type: 'array', items: str };
const strMap: JsonSchema = { type: 'object', additionalProperties: str };
const anyValue: JsonSchema = {};

function closed(
  properties: Record<string, JsonSchema>,
  required: string[] = [],
): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

function resource(
  apiVersion: string,
  kind: string,
  properties: Record<string, JsonSchema>,
  opts: {
    nameFormat?: NameFormat;
    required?: string[];
    requireMetadata?: boolean;
  } = {},
): JsonSchema {
  const requireMetadata = opts.requireMetadata ?? true;
  return closed(
    {
      apiVersion: { const: apiVersion },
      kind: { const: kind },
      metadata: objectMetaSchema({
        nameFormat: opts.nameFormat ?? 'subdomain',
        requireName: requireMetadata,
      }),
      ...properties,
    },
    [
      'apiVersion',
      'kind',
      ...(requireMetadata ? ['metadata'] : []),
      ...(opts.required ?? []),
    ],
  );
}

const localObjectReference = closed({ name: str });

const policyRule = closed(
  {
    apiGroups: strList,
    resources: strList,
    resourceNames: strList,
    verbs: strList,
    nonResourceURLs: strList,
  },
  ['verbs'],
);

const subject = closed(
  {
    kind: { enum: ['ServiceAccount', 'User', 'Group'] },
    name: str,
    namespace: str,
    apiGroup: str,
  },
  ['kind', 'name'],
);

const roleRef = closed(
  { apiGroup: str, kind: { enum: ['Role', 'ClusterRole'] }, name: str },
  ['apiGroup', 'kind', 'name'],
);

/**
 * Kustomize files are read by kustomize, not the API server, and its schema is large and lenient;
 * we only pin the top-level keys (to catch typos such as `resource:`) and leave the values loose.
 */
const kustomizationProperties: Record<string, JsonSchema> = Object.fromEntries(
  [
    'resources',
    'namespace',
    'labels',
    'commonLabels',
    'commonAnnotations',
    'patches',
    'patchesStrategicMerge',
    'patchesJson6902',
    'configMapGenerator',
    'secretGenerator',
    'generatorOptions',
    'images',
    'replicas',
    'components',
    'namePrefix',
    'nameSuffix',
    'replacements',
    'crds',
    'generators',
    'transformers',
    'buildMetadata',
    'sortOptions',
    'helmCharts',
  ].map(key => [key, anyValue]),
);

/**
 * Built-in schemas keyed by `apiVersion/kind`.
 *
 * @public
 */
export const CORE_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  'v1/Namespace': resource(
    'v1',
    'Namespace',
    { spec: closed({ finalizers: strList }), status: { type: 'object' } },
    { nameFormat: 'label' },
  ),
  'v1/ServiceAccount': resource('v1', 'ServiceAccount', {
    automountServiceAccountToken: { type: 'boolean' },
    imagePullSecrets: { type: 'array', items: localObjectReference },
    secrets: {
      type: 'array',
      items: closed({
        apiVersion: str,
        kind: str,
        name: str,
        namespace: str,
        uid: str,
        fieldPath: str,
        resourceVersion: str,
      }),
    },
  }),
  'v1/ConfigMap': resource('v1', 'ConfigMap', {
    data: strMap,
    binaryData: strMap,
    immutable: { type: 'boolean' },
  }),
  'rbac.authorization.k8s.io/v1/Role': resource(
    'rbac.authorization.k8s.io/v1',
    'Role',
    { rules: { type: 'array', items: policyRule } },
    { nameFormat: 'path-segment' },
  ),
  'rbac.authorization.k8s.io/v1/RoleBinding': resource(
    'rbac.authorization.k8s.io/v1',
    'RoleBinding',
    { roleRef, subjects: { type: 'array', items: subject } },
    { nameFormat: 'path-segment', required: ['roleRef'] },
  ),
  'kustomize.config.k8s.io/v1beta1/Kustomization': resource(
    'kustomize.config.k8s.io/v1beta1',
    'Kustomization',
    kustomizationProperties,
    { requireMetadata: false },
  ),
  'kustomize.config.k8s.io/v1alpha1/Component': resource(
    'kustomize.config.k8s.io/v1alpha1',
    'Component',
    kustomizationProperties,
    { requireMetadata: false },
  ),
};

/**
 * The built-in schema for apiVersion/kind, if any.
 *
 * @public
 */
export function coreSchemaFor(
  apiVersion: string,
  kind: string,
): JsonSchema | undefined {
  return CORE_SCHEMAS[`${apiVersion}/${kind}`];
}
