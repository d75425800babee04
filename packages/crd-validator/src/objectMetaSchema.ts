import { JsonSchema } from './types';

/**
 * Which naming rule applies to `metadata.name`:
 * `subdomain` (DNS-1123 subdomain, most kinds), `label` (DNS-1123 label, e.g. Namespace),
 * `path-segment` (RBAC objects, which allow e.g. `system:foo`) or `any` (embedded objects).
 *
 * @public
 */
export type NameFormat = 'subdomain' | 'label' | 'path-segment' | 'any';

/** DNS-1123 label: lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63 characters. */
const DNS1123_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
/** DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
const DNS1123_SUBDOMAIN =
  '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
/** Path segment name: anything but '.', '..' and names containing '/' or '%'. */
const PATH_SEGMENT = '^(?!\\.\\.?$)[^/%]+$';
/** Qualified name as used for label and annotation keys: optional DNS subdomain prefix + '/' + name. */
const QUALIFIED_NAME =
  '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$';
/** Label value: empty, or at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric. */
const LABEL_VALUE = '^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$';

/**
 * Human-readable explanations of the patterns above, used by the error formatter so that a bad
 * name reads "must be a DNS-1123 label ..." instead of a raw regular expression.
 *
 * @public
 */
export const PATTERN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [DNS1123_LABEL]:
    'must be a DNS-1123 label (lowercase letters, digits and "-", start and end alphanumeric, at most 63 characters)',
  [DNS1123_SUBDOMAIN]:
    'must be a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", start and end alphanumeric)',
  [PATH_SEGMENT]: 'must not be "." or ".." nor contain "/" or "%"',
  [QUALIFIED_NAME]:
    'must be a qualified name ([prefix/]name, name at most 63 characters)',
  [LABEL_VALUE]:
    'must be a valid label value (at most 63 letters, digits, "-", "_" or ".", start and end alphanumeric)',
};

const NAME_SCHEMAS: Record<NameFormat, JsonSchema> = {
  subdomain: { type: 'string', pattern: DNS1123_SUBDOMAIN, maxLength: 253 },
  label: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
  'path-segment': { type: 'string', pattern: PATH_SEGMENT },
  any: { type: 'string' },
};

/**
 * A small strict schema for `metadata` (ObjectMeta). The CRDs only say `metadata: {type: object}`
 * because the API server validates ObjectMeta itself; we mirror the rules that matter for
 * manifests kept in git: name format, namespace is a DNS-1123 label, labels and annotations are
 * string maps with qualified-name keys, and unknown metadata fields are rejected.
 *
 * @public
 */
export function objectMetaSchema(options: {
  nameFormat: NameFormat;
  requireName: boolean;
}): JsonSchema {
  const stringMap = (valueSchema: JsonSchema): JsonSchema => ({
    type: 'object',
    propertyNames: { pattern: QUALIFIED_NAME },
    additionalProperties: valueSchema,
  });
  return {
    type: 'object',
    properties: {
      name: NAME_SCHEMAS[options.nameFormat],
      generateName: { type: 'string' },
      namespace: NAME_SCHEMAS.label,
      labels: stringMap({
        type: 'string',
        pattern: LABEL_VALUE,
        maxLength: 63,
      }),
      annotations: stringMap({ type: 'string' }),
      finalizers: { type: 'array', items: { type: 'string' } },
      ownerReferences: {
        type: 'array',
        items: {
          type: 'object',
          required: ['apiVersion', 'kind', 'name', 'uid'],
          properties: {
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            name: { type: 'string' },
            uid: { type: 'string' },
            controller: { type: 'boolean' },
            blockOwnerDeletion: { type: 'boolean' },
          },
          additionalProperties: false,
        },
      },
      // Server-populated fields: harmless in a manifest (kubectl get -o yaml output), so accepted.
      uid: { type: 'string' },
      resourceVersion: { type: 'string' },
      generation: { type: 'integer' },
      creationTimestamp: { type: ['string', 'null'] },
      deletionTimestamp: { type: ['string', 'null'] },
      deletionGracePeriodSeconds: { type: 'integer' },
      selfLink: { type: 'string' },
      managedFields: { type: 'array', items: { type: 'object' } },
    },
    required: options.requireName ? ['name'] : [],
    additionalProperties: false,
  };
}
