import { createPermissionRule } from '@backstage/plugin-permission-node';
import { llmdModelResourceRef } from './llmdModelResourceRef';

/**
 * Parameters of `isModelOwnerRule`.
 *
 * @public
 */
export type IsModelOwnerParams = { claims: string[] };

const CLAIMS_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    claims: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Entity refs that own the model, e.g. the user and its groups (ownershipEntityRefs)',
    },
  },
  required: ['claims'],
  additionalProperties: false,
};

/**
 * The rule's parameter schema as a Standard Schema with JSON Schema, written out: this package's zod (v3) is not the
 * zod the permission framework's types are built on, and the framework only needs validate + JSON Schema.
 */
const claimsSchema = {
  '~standard': {
    version: 1,
    vendor: 'llmd',
    validate: (value: unknown) => {
      const claims = (value as { claims?: unknown } | null)?.claims;
      const ok =
        typeof value === 'object' &&
        value !== null &&
        Object.keys(value).every(key => key === 'claims') &&
        Array.isArray(claims) &&
        claims.every(claim => typeof claim === 'string');
      return ok
        ? { value: { claims: [...(claims as string[])] } }
        : { issues: [{ message: 'expected { claims: string[] }' }] };
    },
    jsonSchema: {
      input: () => CLAIMS_JSON_SCHEMA,
      output: () => CLAIMS_JSON_SCHEMA,
    },
  },
} as const;

/**
 * `IS_MODEL_OWNER`: the model service on that cluster is owned by one of `claims` (typically the user's
 * `ownershipEntityRefs`). Refs compare case-insensitively, as the catalog compares them.
 */
export const isModelOwnerRule = createPermissionRule<
  typeof llmdModelResourceRef,
  IsModelOwnerParams
>({
  name: 'IS_MODEL_OWNER',
  description:
    'Allow only the owners of the model service on the requested cluster, as the portal derives them (backstage.io/owner annotation or label, llmd.catalog.owners, default owner)',
  resourceRef: llmdModelResourceRef,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) => {
    const owner = resource.owner.toLocaleLowerCase('en-US');
    return claims.some(claim => claim.toLocaleLowerCase('en-US') === owner);
  },
  toQuery: ({ claims }) => ({ ownerIn: claims }),
});
