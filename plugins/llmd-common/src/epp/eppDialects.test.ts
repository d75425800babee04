import type { ValueSpec } from './valueSpec';
import {
  DEFAULT_EPP_DIALECT,
  EPP_DIALECT_IDS,
  getEppDialect,
  isEppDialectId,
  listEppDialects,
} from './eppDialects';

function refsIn(spec: ValueSpec): string[][] {
  switch (spec.kind) {
    case 'ref':
      return [[...spec.categories]];
    case 'list':
    case 'map':
      return refsIn(spec.of);
    case 'object':
      return Object.values(spec.fields).flatMap(refsIn);
    default:
      return [];
  }
}

describe('EPP dialect table', () => {
  it('has the required ids, oldest first, and the OpenShift AI default', () => {
    expect(EPP_DIALECT_IDS).toEqual(
      expect.arrayContaining([
        'scheduler-v0.2',
        'scheduler-v0.3',
        'scheduler-v0.5',
        'router-v0.9',
        'router-v0.10',
      ]),
    );
    expect(DEFAULT_EPP_DIALECT).toBe('scheduler-v0.2');
    expect(listEppDialects().map(d => d.id)).toEqual([...EPP_DIALECT_IDS]);
    expect(isEppDialectId('router-v0.10')).toBe(true);
    expect(isEppDialectId('router-v9')).toBe(false);
  });

  it.each(EPP_DIALECT_IDS)('%s is internally consistent', id => {
    const dialect = getEppDialect(id);
    expect(dialect.id).toBe(id);
    expect(dialect.apiVersions.some(a => !a.deprecated)).toBe(true);
    const specs = Object.values(dialect.plugins);
    expect(specs.every(spec => spec.categories.length > 0)).toBe(true);
    const replacements = specs.flatMap(
      spec => spec.deprecated?.replacement ?? [],
    );
    expect(Object.keys(dialect.plugins)).toEqual(
      expect.arrayContaining(replacements),
    );
    for (const type of Object.keys(dialect.unknownTypeHints ?? {})) {
      expect(Object.keys(dialect.plugins)).not.toContain(type);
    }
    // every section reference names at least one plugin category
    expect(
      refsIn(dialect.document).every(categories => categories.length > 0),
    ).toBe(true);
  });

  it('records the version facts the checks depend on', () => {
    const v02 = getEppDialect('scheduler-v0.2');
    expect(v02.weight.type).toBe('int');
    expect(v02.parameterDecoding).toBe('lenient');
    expect(v02.plugins['kv-cache-scorer']).toBeDefined();
    expect(v02.plugins['kv-cache-utilization-scorer']).toBeUndefined();
    expect(Object.keys(v02.plugins['pd-profile-handler'].parameters)).toContain(
      'threshold',
    );
    const router = getEppDialect('router-v0.10');
    expect(router.weight.type).toBe('float');
    expect(router.parameterDecoding).toBe('strict');
    expect(router.pluginOrder).toBe('sorted');
    expect(getEppDialect('router-v0.9').pluginOrder).toBe('declaration');
    expect(
      router.plugins['prefill-header-handler'].deprecated?.replacement,
    ).toBe('disagg-profile-handler');
    expect(
      'dataLayer' in router.document.fields &&
        !('data' in router.document.fields),
    ).toBe(true);
    expect('data' in getEppDialect('scheduler-v0.5').document.fields).toBe(
      true,
    );
  });
});
