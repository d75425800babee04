import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guideShapedModelYaml } from '@internal/test-support';
import { runTestCli } from '../testCliIo';

jest.setTimeout(60_000);

const GUIDE_MODEL = guideShapedModelYaml({ name: 'qwen' });

const WIDGET = [
  'apiVersion: example.com/v1',
  'kind: Widget',
  'metadata: { name: w }',
  'spec: { size: 3, colour: red }',
  '',
].join('\n');

const WIDGET_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Cluster
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: { type: integer }
`;

const lint = (files: Record<string, string>, ...args: string[]) =>
  runTestCli(
    Object.fromEntries(
      Object.entries(files).map(([file, content]) => [`repo/${file}`, content]),
    ),
    ['lint', 'manifests', 'repo', ...args],
  );

describe('llmd lint manifests: schemas', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it("refuses the guide's router.gateway.ref by the bundled schema, with no cluster and no network", async () => {
    const { code, stdout } = await lint({ 'model.yaml': GUIDE_MODEL });
    expect(code).toBe(1);
    expect(stdout).toContain(
      'model.yaml: deny schema spec.router.gateway.ref: LLMInferenceService team-a/qwen: unknown field "ref" (schema: bundled (kserve/upstream-v0.16.0/config/crd/full/llmisvc))',
    );
  });

  it('reports schema findings in JSON with rule "schema"', async () => {
    const { stdout } = await lint(
      { 'model.yaml': GUIDE_MODEL },
      '--format',
      'json',
    );
    expect(JSON.parse(stdout)[0].findings).toContainEqual({
      rule: 'schema',
      severity: 'deny',
      path: 'spec.router.gateway.ref',
      message: expect.stringContaining('unknown field "ref"'),
    });
  });

  it('skips schemas with --no-schema', async () => {
    const { stdout } = await lint({ 'model.yaml': GUIDE_MODEL }, '--no-schema');
    expect(stdout).not.toContain(' schema ');
  });

  it('warns about a kind no source has, never passing it silently', async () => {
    const { code, stdout } = await lint({ 'widget.yaml': WIDGET });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'widget.yaml: warn schema: Widget w: not checked against a schema: no CRD for example.com/v1 Widget in the bundled catalog',
    );
  });

  it('validates against --crd-dir CRDs first, naming the directory', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-crds-'));
    fs.writeFileSync(path.join(tmp, 'widgets.yaml'), WIDGET_CRD);
    const { code, stdout } = await lint(
      { 'widget.yaml': WIDGET },
      '--crd-dir',
      tmp,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /widget\.yaml: deny schema spec\.colour: Widget w: unknown field "colour" \(schema: CRD directory \(llmd-crds-\w+\)\)/,
    );
  });

  it('exits 2 for a --crd-dir that is not a directory', async () => {
    const { code, stdout, stderr } = await lint(
      { 'widget.yaml': WIDGET },
      '--crd-dir',
      '/no/such/dir',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--crd-dir /no/such/dir: not a directory');
  });
});
