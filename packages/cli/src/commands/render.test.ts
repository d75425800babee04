import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { expectValidManifests } from '@llmd/crd-validator';
import { runTestCli } from '../testCliIo';

// Inputs written in the format (fixtures beside this test), rendered through the real command.
// Test fixtures live in the source tree.
const fixtures = path.join(__dirname, '__fixtures__', 'render');
const inputs = Object.fromEntries(
  fs
    .readdirSync(fixtures)
    .map(f => [f, fs.readFileSync(path.join(fixtures, f), 'utf8')]),
);

const render = (...args: string[]) => runTestCli(inputs, ['render', ...args]);

const valid = Object.keys(inputs).filter(f => !f.includes('bad'));

describe('llmd render', () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-render-'));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it.each(
    valid.flatMap(file => [
      [file, 'v1alpha1'],
      [file, 'v1alpha2'],
    ]),
  )(
    'renders %s for %s into strictly valid manifests on stdout',
    async (file, version) => {
      const kind = file.split('-')[0].replace('.yaml', '');
      const result = await render(
        kind,
        '-f',
        file,
        '--llmisvc-version',
        version,
        ...(version === 'v1alpha2' ? ['--epp-dialect', 'router-v0.10'] : []),
      );
      expect(result.stderr).toBe(
        kind === 'model' && version === 'v1alpha1'
          ? 'llmd: assuming EPP dialect scheduler-v0.2 (the OpenShift AI 3.x scheduler); pass --epp-dialect for another\n'
          : '',
      );
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith('# ')).toBe(true);
      const docs = parseAllDocuments(result.stdout).map(d => d.toJS());
      expect(docs.length).toBeGreaterThan(0);
      expectValidManifests(result.stdout);
      const llmisvcVersions = docs
        .filter(d => d.kind === 'LLMInferenceService')
        .map(d => d.apiVersion);
      expect(llmisvcVersions).toEqual(
        kind === 'model' ? [`serving.kserve.io/${version}`] : [],
      );
    },
  );

  it('writes the GitOps layout with --out, byte-identical on a second run', async () => {
    const first = await render(
      'model',
      '-f',
      'model-pd-roce.yaml',
      '--out',
      out,
    );
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'wrote tenants/team-a/models/granite-8b/access.yaml',
      'wrote tenants/team-a/models/granite-8b/kustomization.yaml',
      'wrote tenants/team-a/models/granite-8b/llminferenceservice.yaml',
    ]);
    const dir = path.join(out, 'tenants/team-a/models/granite-8b');
    const before = fs.readFileSync(path.join(dir, 'llminferenceservice.yaml'));
    expectValidManifests(before.toString());
    expectValidManifests(
      fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8'),
    );
    await render('model', '-f', 'model-pd-roce.yaml', '--out', out);
    expect(fs.readFileSync(path.join(dir, 'llminferenceservice.yaml'))).toEqual(
      before,
    );
    expect(fs.readdirSync(dir).sort()).toEqual([
      'access.yaml',
      'kustomization.yaml',
      'llminferenceservice.yaml',
    ]);

    const tenant = await render(
      'tenant',
      '-f',
      'tenant-https.yaml',
      '--out',
      out,
    );
    expect(tenant.code).toBe(0);
    expect(
      fs.readdirSync(path.join(out, 'tenants/team-a/base')).sort(),
    ).toEqual(['gateway.yaml', 'kustomization.yaml', 'namespace.yaml']);
  });

  it('exits 2 naming every bad field, printing and writing nothing', async () => {
    const result = await render('model', '-f', 'model-bad.yaml', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'model.uri: must start with oci://, hf://, pvc:// or s3://',
      'replcas: unknown field',
    ]);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('exits 2 for an unknown EPP dialect', async () => {
    const badDialect = await render(
      'model',
      '-f',
      'model-basic.yaml',
      '--epp-dialect',
      'no-such-dialect',
    );
    expect(badDialect.code).toBe(2);
    expect(badDialect.stderr).toContain(
      'unknown EPP dialect "no-such-dialect"',
    );
    expect(badDialect.stdout).toBe('');
  });

  it('exits 2 for unknown kinds, unreadable files and broken YAML', async () => {
    inputs['broken.yaml'] = 'name: [x\n';
    const kind = await render('cluster', '-f', 'model-basic.yaml');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("'cluster' is invalid for argument 'kind'");
    const missing = await render('model', '-f', 'absent.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'llmd: cannot read absent.yaml: ENOENT: absent.yaml\n',
    );
    const broken = await render('model', '-f', 'broken.yaml');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^llmd: broken\.yaml:\d+:\d+: /);
    inputs['empty.yaml'] = '# nothing yet\n';
    const empty = await render('tenant', '-f', 'empty.yaml');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      'llmd: empty.yaml: is empty, expected a tenant input\n',
    );
    const notObject = await render('tenant', '-f', 'broken.yaml');
    expect(notObject.stdout).toBe('');
  });
});
