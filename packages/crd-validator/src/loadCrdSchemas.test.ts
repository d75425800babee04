import fs from 'fs';
import os from 'os';
import path from 'path';
import { loadCrdCatalog } from './loadCrdSchemas';

function crd(
  group: string,
  kind: string,
  versions: Array<{ name: string; served: boolean }>,
  indent = '  ',
) {
  const i = indent;
  return [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    `${i}name: ${kind.toLowerCase()}s.${group}`,
    'spec:',
    `${i}group: ${group}`,
    `${i}names:`,
    `${i}${i}kind: ${kind}`,
    `${i}${i}listKind: ${kind}List`,
    `${i}scope: Namespaced`,
    `${i}versions:`,
    ...versions.flatMap(v => [
      `${i}- name: ${v.name}`,
      `${i}  served: ${v.served}`,
      `${i}  schema:`,
      `${i}  ${i}openAPIV3Schema:`,
      `${i}  ${i}${i}type: object`,
    ]),
  ].join('\n');
}

describe('loadCrdCatalog', () => {
  let root: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'crd-catalog-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write(
      'a/v1.0.0/multi.yaml',
      [
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: not-a-crd',
        crd('example.com', 'Widget', [
          { name: 'v1', served: true },
          { name: 'v0', served: false },
        ]),
        crd('example.com', 'Gadget', [{ name: 'v1', served: true }], '    '),
      ].join('\n---\n'),
    );
    write(
      'b/widget.yml',
      crd('example.com', 'Widget', [{ name: 'v1', served: true }]),
    );
    write(
      'b/templated.yaml',
      'kind: CustomResourceDefinition\nspec:\n  group: {{ .Values.group }\n  names: [\n',
    );
    write(
      'b/notes.txt',
      crd('example.com', 'Ignored', [{ name: 'v1', served: true }]),
    );
    write(
      'b/.hidden/x.yaml',
      crd('example.com', 'Hidden', [{ name: 'v1', served: true }]),
    );
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('indexes multi-document files and labels sources by directory', () => {
    const catalog = loadCrdCatalog([root]);
    const base = path.basename(root);
    expect(
      catalog.find('example.com', 'v1', 'Widget').map(c => c.source),
    ).toEqual([`${base}/a/v1.0.0`, `${base}/b`]);
    expect(catalog.find('example.com', 'v1', 'Gadget')).toHaveLength(1);
  });

  it('ignores versions that are not served, non-YAML files and hidden directories', () => {
    const catalog = loadCrdCatalog([root]);
    expect(catalog.find('example.com', 'v0', 'Widget')).toEqual([]);
    expect(catalog.hasKind('example.com', 'Ignored')).toBe(false);
    expect(catalog.hasKind('example.com', 'Hidden')).toBe(false);
  });

  it('skips templated or broken files gracefully and reports them', () => {
    const catalog = loadCrdCatalog([root]);
    const kinds = catalog.listAll().map(c => `${c.kind}@${c.version}`);
    expect(kinds.sort()).toEqual(['Gadget@v1', 'Widget@v1', 'Widget@v1']);
    expect(catalog.skipped.map(s => path.basename(s.file))).toEqual([
      'templated.yaml',
    ]);
  });

  it('tolerates missing roots', () => {
    expect(loadCrdCatalog([path.join(root, 'missing')]).listAll()).toEqual([]);
  });
});
