import Ajv from 'ajv';
import { toStrictJsonSchema } from './toStrictJsonSchema';
import { JsonSchema } from './types';

const ajv = new Ajv({ allErrors: true, strict: false });

/** Compiles a CRD root schema with the given spec schema and validates `spec`. */
function check(specSchema: JsonSchema, spec: unknown): boolean {
  const schema = toStrictJsonSchema(
    {
      type: 'object',
      properties: {
        apiVersion: { type: 'string' },
        metadata: { type: 'object' },
        spec: specSchema,
      },
    },
    { apiVersion: 'example.com/v1', kind: 'Thing' },
  );
  return ajv.validate(schema, {
    apiVersion: 'example.com/v1',
    kind: 'Thing',
    metadata: { name: 't' },
    spec,
  }) as boolean;
}

describe('toStrictJsonSchema', () => {
  it('closes objects with properties and objects without any', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string' }, empty: { type: 'object' } },
    };
    expect(check(schema, { a: 'x', empty: {} })).toBe(true);
    expect(check(schema, { b: 'x' })).toBe(false);
    expect(check(schema, { empty: { x: 1 } })).toBe(false);
  });

  it('leaves x-kubernetes-preserve-unknown-fields objects open', () => {
    const schema = {
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      properties: { a: { type: 'string' } },
    };
    expect(check(schema, { a: 'x', anything: { goes: true } })).toBe(true);
    expect(check(schema, { a: 1 })).toBe(false);
  });

  it('keeps maps (additionalProperties schemas) open to any key', () => {
    const schema = { type: 'object', additionalProperties: { type: 'string' } };
    expect(check(schema, { any: 'x' })).toBe(true);
    expect(check(schema, { any: 1 })).toBe(false);
  });

  it('accepts integers and strings for x-kubernetes-int-or-string, with or without anyOf', () => {
    for (const schema of [
      { 'x-kubernetes-int-or-string': true },
      {
        'x-kubernetes-int-or-string': true,
        anyOf: [{ type: 'integer' }, { type: 'string' }],
      },
    ]) {
      expect(check(schema, 8080)).toBe(true);
      expect(check(schema, 'http')).toBe(true);
      expect(check(schema, true)).toBe(false);
      expect(check(schema, 1.5)).toBe(false);
    }
  });

  it('allows apiVersion, kind and metadata on embedded resources', () => {
    const schema = {
      type: 'object',
      'x-kubernetes-embedded-resource': true,
      properties: {
        spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      },
    };
    expect(
      check(schema, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p', labels: { a: 'b' } },
        spec: { x: 1 },
      }),
    ).toBe(true);
    expect(check(schema, { metadata: { bogus: 1 } })).toBe(false);
    expect(check(schema, { status: {} })).toBe(false);
  });

  it('honours nullable, including enums', () => {
    expect(check({ type: 'string', nullable: true, enum: ['a'] }, null)).toBe(
      true,
    );
    expect(check({ type: 'string', enum: ['a'] }, null)).toBe(false);
    expect(
      check({ type: 'array', items: { type: 'string', nullable: true } }, [
        'a',
        null,
      ]),
    ).toBe(true);
  });

  it('does not close objects inside anyOf/oneOf/allOf/not (value validations only)', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      oneOf: [
        { required: ['a'] },
        { properties: { b: { minLength: 1 } }, required: ['b'] },
      ],
    };
    expect(check(schema, { a: 'x' })).toBe(true);
    expect(check(schema, { b: 'y' })).toBe(true);
    expect(check(schema, { a: 'x', b: 'y' })).toBe(false);
  });

  it('converts boolean exclusive bounds and drops CEL rules and formats', () => {
    const schema = {
      type: 'integer',
      minimum: 0,
      exclusiveMinimum: true,
      format: 'int32',
      'x-kubernetes-validations': [
        { rule: 'self > 10', message: 'never evaluated' },
      ],
    };
    expect(check(schema, 1)).toBe(true);
    expect(check(schema, 0)).toBe(false);
  });

  it('skips patterns JavaScript cannot compile instead of failing the kind', () => {
    expect(check({ type: 'string', pattern: '(?i)^abc$' }, 'anything')).toBe(
      true,
    );
    expect(check({ type: 'string', pattern: '^abc$' }, 'abd')).toBe(false);
  });

  it('pins apiVersion and kind and requires metadata.name', () => {
    const schema = toStrictJsonSchema(
      { type: 'object' },
      { apiVersion: 'example.com/v1', kind: 'Thing' },
    );
    expect(
      ajv.validate(schema, {
        apiVersion: 'example.com/v1',
        kind: 'Thing',
        metadata: { name: 'a' },
      }),
    ).toBe(true);
    expect(
      ajv.validate(schema, {
        apiVersion: 'example.com/v2',
        kind: 'Thing',
        metadata: { name: 'a' },
      }),
    ).toBe(false);
    expect(
      ajv.validate(schema, {
        apiVersion: 'example.com/v1',
        kind: 'Other',
        metadata: { name: 'a' },
      }),
    ).toBe(false);
    expect(
      ajv.validate(schema, {
        apiVersion: 'example.com/v1',
        kind: 'Thing',
        metadata: {},
      }),
    ).toBe(false);
  });
});
