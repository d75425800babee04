import Ajv from 'ajv';
import { hoistRepeatedSubschemas } from './hoistRepeatedSubschemas';
import { JsonSchema } from './types';

const container: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    image: { type: 'string' },
    ports: {
      type: 'array',
      items: {
        type: 'object',
        properties: { port: { type: 'integer' } },
        additionalProperties: false,
      },
    },
    env: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' } },
        additionalProperties: false,
      },
    },
  },
  required: ['name'],
  additionalProperties: false,
};

const podSpec: JsonSchema = {
  type: 'object',
  properties: {
    containers: { type: 'array', items: container },
    initContainers: {
      type: 'array',
      maxItems: 5,
      items: JSON.parse(JSON.stringify(container)),
    },
  },
  additionalProperties: false,
};

describe('hoistRepeatedSubschemas', () => {
  it('moves structurally equal subschemas into one definition', () => {
    const hoisted = hoistRepeatedSubschemas(podSpec, 4);
    const defs = hoisted.definitions as Record<string, JsonSchema>;
    expect(Object.keys(defs)).toHaveLength(1);
    const props = hoisted.properties as Record<string, JsonSchema>;
    expect((props.containers.items as JsonSchema).$ref).toEqual(
      (props.initContainers.items as JsonSchema).$ref,
    );
  });

  it('keeps validation behaviour identical', () => {
    const ajv = new Ajv({ allErrors: true, inlineRefs: false });
    const plain = ajv.compile(podSpec);
    const hoisted = ajv.compile(hoistRepeatedSubschemas(podSpec, 4));
    for (const doc of [
      { containers: [{ name: 'a', ports: [{ port: 1 }] }] },
      { initContainers: [{ name: 'a', ports: [{ port: 'x' }] }] },
      { initContainers: [{ image: 'i' }] },
      { containers: [{ name: 'a', unknown: 1 }] },
    ]) {
      expect(hoisted(doc)).toBe(plain(doc));
      expect(hoisted.errors?.map(e => [e.instancePath, e.keyword])).toEqual(
        plain.errors?.map(e => [e.instancePath, e.keyword]),
      );
    }
  });

  it('leaves schemas without repetition unchanged', () => {
    expect(hoistRepeatedSubschemas(container)).toEqual(container);
  });
});

describe('hoistRepeatedSubschemas on nested repetition', () => {
  it('does not hoist what only repeats inside an already hoisted subschema', () => {
    const twice: JsonSchema = {
      type: 'object',
      properties: { a: podSpec, b: JSON.parse(JSON.stringify(podSpec)) },
    };
    const defs = hoistRepeatedSubschemas(twice, 4).definitions as Record<
      string,
      JsonSchema
    >;
    // podSpec once, container once (it repeats inside podSpec); not the per-copy containers again.
    expect(Object.keys(defs)).toHaveLength(2);
  });
});
