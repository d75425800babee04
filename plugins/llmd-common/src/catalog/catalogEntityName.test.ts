import {
  catalogEntityName,
  isValidCatalogEntityName,
  MAX_CATALOG_ENTITY_NAME_LENGTH,
} from './catalogEntityName';

const long = (length: number, fill = 'a') => fill.repeat(length);

describe('catalogEntityName', () => {
  it('keeps names that are valid catalog names, suffix included', () => {
    expect(catalogEntityName('granite-8b')).toBe('granite-8b');
    expect(catalogEntityName('granite-8b', '-openai')).toBe(
      'granite-8b-openai',
    );
    expect(catalogEntityName('llama.3.1')).toBe('llama.3.1');
    expect(catalogEntityName(long(63))).toBe(long(63));
  });

  it('shortens long names to 63 characters with a hash of the whole name', () => {
    const name = `${long(60)}-model-one`;
    const result = catalogEntityName(name);
    expect(result).toHaveLength(MAX_CATALOG_ENTITY_NAME_LENGTH);
    expect(result).toMatch(/^a{54}-[0-9a-f]{8}$/);
    expect(isValidCatalogEntityName(result)).toBe(true);
    // deterministic
    expect(catalogEntityName(name)).toBe(result);
  });

  it('keeps long names that share their prefix apart', () => {
    const names = Array.from({ length: 200 }, (_, i) => `${long(70)}-${i}`);
    const results = new Set(names.map(n => catalogEntityName(n)));
    expect(results.size).toBe(names.length);
    const apis = new Set(names.map(n => catalogEntityName(n, '-openai')));
    expect(apis.size).toBe(names.length);
  });

  it('makes room for the suffix', () => {
    const result = catalogEntityName(long(60), '-openai');
    expect(result).toHaveLength(MAX_CATALOG_ENTITY_NAME_LENGTH);
    expect(result).toMatch(/^a{47}-[0-9a-f]{8}-openai$/);
  });

  it('does not end the cut prefix in a separator', () => {
    const name = `${long(53)}.-.${long(20, 'b')}`;
    const result = catalogEntityName(name);
    expect(isValidCatalogEntityName(result)).toBe(true);
    expect(result).toMatch(/^a{53}-[0-9a-f]{8}$/);
  });

  it('replaces characters the catalog does not allow and lower-cases', () => {
    expect(catalogEntityName('Granite_8B')).toBe('granite_8b');
    const odd = catalogEntityName('team:a/model');
    expect(isValidCatalogEntityName(odd)).toBe(true);
    expect(odd).toMatch(/^team-a-model-[0-9a-f]{8}$/);
    expect(isValidCatalogEntityName(catalogEntityName('--'))).toBe(true);
  });

  it.each([
    ['a', true],
    ['a-b_c.d', true],
    ['-a', false],
    ['a.', false],
    [long(64), false],
    ['', false],
  ])('isValidCatalogEntityName(%p) is %p', (name, valid) => {
    expect(isValidCatalogEntityName(name)).toBe(valid);
  });
});
