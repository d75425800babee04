import {
  compactSchemas,
  expandSchema,
  MIN_FRAGMENT_LENGTH,
  stripDescriptions,
} from './compactSchemas';

const big = (tag: string) => ({
  type: 'object',
  properties: Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      `field${i}`,
      { type: 'string', pattern: `^${tag}-[a-z]+$` },
    ]),
  ),
});

describe('stripDescriptions', () => {
  it('drops the keyword but keeps a property named description and non-schema values', () => {
    const schema = {
      description: 'the object',
      type: 'object',
      properties: {
        description: { type: 'string', description: 'a field' },
        list: { type: 'array', items: { description: 'x', type: 'string' } },
      },
      default: { description: 'kept: data, not a schema' },
      'x-kubernetes-validations': [{ rule: 'true', message: 'kept' }],
    };
    expect(stripDescriptions(schema)).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string' },
        list: { type: 'array', items: { type: 'string' } },
      },
      default: { description: 'kept: data, not a schema' },
      'x-kubernetes-validations': [{ rule: 'true', message: 'kept' }],
    });
  });
});

describe('compactSchemas', () => {
  const schemas = [
    { type: 'object', properties: { a: big('pod'), b: big('pod') } },
    { type: 'object', properties: { c: big('pod'), d: big('other') } },
  ];

  it('stores a repeated subtree once and expands back to the same schemas', () => {
    expect(JSON.stringify(big('pod')).length).toBeGreaterThan(
      MIN_FRAGMENT_LENGTH,
    );
    const compact = compactSchemas(schemas);
    // big('pod') once, and inside it its `properties` map (repeated as often); big('other') stays inline.
    expect(compact.fragments).toHaveLength(2);
    expect(compact.schemas[0]).toEqual({
      type: 'object',
      properties: { a: { $frag: 0 }, b: { $frag: 0 } },
    });
    expect(JSON.stringify(compact).length).toBeLessThan(
      JSON.stringify(schemas).length * 0.6,
    );
    const shared = new Map<number, unknown>();
    expect(
      compact.schemas.map(s => expandSchema(s, compact.fragments, shared)),
    ).toEqual(schemas);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compactSchemas(schemas))).toBe(
      JSON.stringify(compactSchemas(structuredClone(schemas))),
    );
  });

  it('refuses a reference to a fragment that does not exist', () => {
    expect(() => expandSchema({ $frag: 3 }, [])).toThrow(/missing fragment 3/);
  });
});
