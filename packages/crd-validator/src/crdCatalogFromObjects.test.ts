import { createCrdValidator } from './createCrdValidator';
import {
  combineCrdCatalogs,
  crdCatalogFromObjects,
} from './crdCatalogFromObjects';

function widgetCrd(field: string, served = true) {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com',
      scope: 'Namespaced',
      names: { kind: 'Widget', plural: 'widgets' },
      versions: [
        {
          name: 'v1',
          served,
          storage: true,
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: {
                spec: {
                  type: 'object',
                  properties: { [field]: { type: 'string' } },
                },
              },
            },
          },
        },
      ],
    },
  };
}

const widget = (field: string) => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name: 'w', namespace: 'ns' },
  spec: { [field]: 'x' },
});

describe('crdCatalogFromObjects', () => {
  it('validates strictly against CRD objects held in memory', () => {
    const catalog = crdCatalogFromObjects([
      {
        source: 'cluster/demo',
        file: 'cluster/demo/widgets@1',
        object: widgetCrd('size'),
      },
      {
        source: 'cluster/demo',
        file: 'cluster/demo/x',
        object: { kind: 'CustomResourceDefinition', spec: {} },
      },
    ]);
    expect(catalog.hasKind('example.com', 'Widget')).toBe(true);
    expect(catalog.skipped).toEqual([
      {
        file: 'cluster/demo/x',
        reason: 'CRD without group, names.kind or versions',
      },
    ]);
    const validator = createCrdValidator(catalog);
    expect(validator.validate(widget('size')).valid).toBe(true);
    expect(validator.validate(widget('colour')).errors[0].message).toContain(
      'colour',
    );
  });

  it('ignores versions that are not served', () => {
    const catalog = crdCatalogFromObjects([
      { source: 's', file: 'f', object: widgetCrd('size', false) },
    ]);
    expect(catalog.find('example.com', 'v1', 'Widget')).toEqual([]);
  });

  it('combines catalogs, the first that serves a kind winning', () => {
    const first = crdCatalogFromObjects([
      { source: 'configured', file: 'a', object: widgetCrd('size') },
    ]);
    const second = crdCatalogFromObjects([
      { source: 'cluster/demo', file: 'b', object: widgetCrd('colour') },
    ]);
    const combined = combineCrdCatalogs([first, second]);
    expect(
      combined.find('example.com', 'v1', 'Widget').map(v => v.source),
    ).toEqual(['configured']);
    expect(
      combineCrdCatalogs([crdCatalogFromObjects([]), second]).find(
        'example.com',
        'v1',
        'Widget',
      )[0].source,
    ).toBe('cluster/demo');
    expect(combined.listAll()).toHaveLength(2);
  });

  it('lets validators built one after the other share compiled snapshots', () => {
    const compiledSnapshots = new Map();
    const catalog = () =>
      crdCatalogFromObjects([
        {
          source: 'cluster/demo',
          file: 'cluster/demo/widgets@7',
          object: widgetCrd('size'),
        },
      ]);
    const first = createCrdValidator(catalog(), { compiledSnapshots });
    expect(first.validate(widget('size')).valid).toBe(true);
    const [compiled] = [...compiledSnapshots.values()];
    const second = createCrdValidator(catalog(), { compiledSnapshots });
    expect(second.validate(widget('colour')).valid).toBe(false);
    // the second validator reused the first one's compiled schema
    expect([...compiledSnapshots.values()]).toEqual([compiled]);
  });
});
