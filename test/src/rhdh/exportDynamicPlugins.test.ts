import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@internal/test-support';
import {
  assertExported,
  DynamicExport,
  ensureDynamicExport,
} from './ensureDynamicExport';
import { describeWithExport } from './probeRegistry';

// Keeps `npm run export:dynamic` (scripts/exportDynamicPlugins.mjs, docs/rhdh.md) working: the real
// export of the four plugins as RHDH dynamic plugins, including the yarn install of the backend
// plugins' private dependencies from the npm registry, then checks of what RHDH loads. About 2–3
// minutes (the frontend's webpack builds take most of it); the export is shared with the other RHDH
// tests and reused while its inputs are unchanged (ensureDynamicExport.ts). When the registry does
// not answer (or LLMD_OFFLINE=1), those tests are reported as skipped with the reason; the checks of
// docs/examples/dynamic-plugins.yaml below need no network and always run.
jest.setTimeout(900_000);

const { describeExport, exportTitle } = describeWithExport(
  'npm run export:dynamic',
);

function readJson(...path: string[]) {
  return JSON.parse(readFileSync(join(repoRoot, ...path), 'utf8'));
}

const BACKENDS = [
  {
    dir: 'plugins/llmd-backend',
    embedded: ['llmd-plugin-llmd-common', 'llmd-plugin-llmd-node'],
    privateDeps: ['@kubernetes/client-node', 'express', 'zod'],
  },
  {
    dir: 'plugins/scaffolder-backend-module-llmd',
    embedded: [
      'llmd-crd-validator',
      'llmd-plugin-llmd-common',
      'llmd-plugin-llmd-node',
    ],
    privateDeps: ['@kubernetes/client-node', 'isomorphic-git', 'yaml', 'ajv'],
  },
  {
    dir: 'plugins/catalog-backend-module-llmd',
    embedded: ['llmd-plugin-llmd-common', 'llmd-plugin-llmd-node'],
    privateDeps: ['@kubernetes/client-node', 'yaml'],
  },
];

/** The names `export { ... }` / `export const|function` of a module's source make public (not types). */
function exportedNames(source: string): string[] {
  const names: string[] = [];
  for (const [, list] of source.matchAll(/export\s+\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name && !item.trim().startsWith('type ')) names.push(name);
    }
  }
  for (const [, name] of source.matchAll(
    /export\s+(?:const|function|class)\s+(\w+)/g,
  )) {
    names.push(name);
  }
  return names;
}

describeExport(exportTitle, () => {
  let run: DynamicExport;
  let sandbox: string;

  beforeAll(async () => {
    run = await ensureDynamicExport();
    sandbox = mkdtempSync(join(tmpdir(), 'llmd-dynamic-'));
  });

  afterAll(() => {
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
  });

  it('exports the four plugins and leaves no temporary yarn.lock behind', () => {
    assertExported(run);
    expect(run.stderr).toContain('[export-dynamic] done in');
    for (const dir of ['plugins/llmd', ...BACKENDS.map(b => b.dir)]) {
      expect(existsSync(join(repoRoot, dir, 'yarn.lock'))).toBe(false);
    }
  });

  it('builds the frontend for RHDH 1.x (scalprum) and the new frontend system (module federation)', () => {
    const out = join(repoRoot, 'plugins/llmd/dist-dynamic');
    const { scalprum } = readJson('plugins/llmd/package.json');
    const manifest = readJson(
      'plugins/llmd/dist-dynamic/dist-scalprum/plugin-manifest.json',
    );
    expect(manifest.name).toBe(scalprum.name);
    expect(manifest.loadScripts).toHaveLength(1);
    // The container registers the exposed module PluginRoot (src/legacy.ts, the legacy entry).
    const container = readFileSync(
      join(out, 'dist-scalprum', manifest.loadScripts[0]),
      'utf8',
    );
    expect(container).toContain('PluginRoot');

    // RHDH 2.x loads the module federation remote; it exposes `.` (the new frontend system plugin) and the entries
    // whose default export is a frontend feature: the deprecated alias `alpha`, not `legacy`.
    const mf = readJson('plugins/llmd/dist-dynamic/dist/mf-manifest.json');
    expect(mf.exposes.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['.', 'alpha']),
    );
    expect(mf.exposes.map((e: { name: string }) => e.name)).not.toContain(
      'legacy',
    );
    expect(readJson('plugins/llmd/dist-dynamic/package.json').name).toBe(
      '@llmd/plugin-llmd-dynamic',
    );
  });

  it.each(BACKENDS)(
    '$dir: @backstage/* as peers, workspace libraries embedded, private node_modules',
    ({ dir, embedded, privateDeps }) => {
      const pkg = readJson(dir, 'package.json');
      const dynamic = readJson(dir, 'dist-dynamic', 'package.json');
      expect(dynamic.name).toBe(`${pkg.name}-dynamic`);
      expect(dynamic.bundleDependencies).toBe(true);
      expect(
        Object.keys(dynamic.dependencies).filter(d =>
          d.startsWith('@backstage/'),
        ),
      ).toEqual([]);
      expect(Object.keys(dynamic.peerDependencies)).toContain(
        '@backstage/backend-plugin-api',
      );
      expect(
        readdirSync(join(repoRoot, dir, 'dist-dynamic', 'embedded')).sort(),
      ).toEqual(embedded);
      for (const name of embedded) {
        const embeddedPkg = readJson(
          dir,
          'dist-dynamic',
          'embedded',
          name,
          'package.json',
        );
        expect(embeddedPkg.main).toMatch(/dist\/index\.cjs\.js$/);
      }
      for (const dep of privateDeps) {
        expect(
          existsSync(join(repoRoot, dir, 'dist-dynamic', 'node_modules', dep)),
        ).toBe(true);
      }
      expect(
        existsSync(
          join(repoRoot, dir, 'dist-dynamic', 'node_modules', '@backstage'),
        ),
      ).toBe(false);
    },
  );

  it.each(BACKENDS)(
    '$dir loads where only the @backstage packages are provided, as in RHDH',
    ({ dir }) => {
      // Outside the repository, so nothing resolves from its node_modules but the shared
      // @backstage packages RHDH provides.
      const root = join(sandbox, dir.replace('plugins/', ''));
      mkdirSync(join(root, 'node_modules'), { recursive: true });
      symlinkSync(
        join(repoRoot, 'node_modules', '@backstage'),
        join(root, 'node_modules', '@backstage'),
      );
      cpSync(join(repoRoot, dir, 'dist-dynamic'), join(root, 'plugin'), {
        recursive: true,
      });
      const load = spawnSync(
        process.execPath,
        [
          '-e',
          [
            'const m = require("./plugin");',
            // As RHDH's loader (backend-dynamic-feature-service): the default export when it is a backend feature
            // (the backend plugin's is a feature loader that adds the shared cluster cache), else dynamicPluginInstaller
            'const features = m.default && m.default.$$type ? [m.default] : [].concat(m.dynamicPluginInstaller.install());',
            'process.stdout.write(features.map(f => f && f.$$type).join())',
          ].join(' '),
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } },
      );
      expect(load.stderr).toBe('');
      expect(load.stdout).toBe('@backstage/BackendFeature');
    },
  );
});

describe('docs/examples/dynamic-plugins.yaml', () => {
  const example = parse(
    readFileSync(join(repoRoot, 'docs/examples/dynamic-plugins.yaml'), 'utf8'),
  );
  const frontendPlugin = example.plugins.find((p: { package: string }) =>
    p.package.endsWith('!llmd-plugin-llmd'),
  );

  it('configures the frontend under its scalprum name', () => {
    const { scalprum } = readJson('plugins/llmd/package.json');
    expect(
      Object.keys(frontendPlugin.pluginConfig.dynamicPlugins.frontend),
    ).toEqual([scalprum.name]);
  });

  it('references only exports of the module RHDH 1.x loads (PluginRoot, the legacy entry)', () => {
    const { scalprum } = readJson('plugins/llmd/package.json');
    const exported = exportedNames(
      readFileSync(
        join(repoRoot, 'plugins/llmd', scalprum.exposedModules.PluginRoot),
        'utf8',
      ),
    );
    const wiring = frontendPlugin.pluginConfig.dynamicPlugins.frontend;
    const referenced = JSON.stringify(wiring)
      .match(/"importName":"\w+"/g)!
      .map(m => m.split(':')[1].replace(/"/g, ''));
    const conditions = JSON.stringify(wiring)
      .match(/"allOf":\[[^\]]*\]/g)!
      .flatMap(m => JSON.parse(m.slice('"allOf":'.length)));
    expect(referenced.length).toBeGreaterThan(0);
    expect(conditions).toContain('isLlmdModelService');
    for (const name of [...referenced, ...conditions]) {
      expect(exported).toContain(name);
    }
  });

  it('is shown verbatim in docs/rhdh.md (the file the RHDH tests install from)', () => {
    const doc = readFileSync(join(repoRoot, 'docs/rhdh.md'), 'utf8');
    const block = doc.match(
      /<!-- dynamic-plugins\.yaml: begin -->\s*```yaml\n([\s\S]*?)```\s*<!-- dynamic-plugins\.yaml: end -->/,
    );
    expect(block?.[1]).toBe(
      readFileSync(
        join(repoRoot, 'docs/examples/dynamic-plugins.yaml'),
        'utf8',
      ),
    );
  });

  it('names every plugin the packaged image holds', () => {
    const names = example.plugins.map(
      (p: { package: string }) => p.package.split('!')[1],
    );
    expect(names.sort()).toEqual(
      ['plugins/llmd', ...BACKENDS.map(b => b.dir)]
        .map(dir => readJson(dir, 'package.json').name)
        .map((name: string) => name.replace(/^@/, '').replace('/', '-'))
        .sort(),
    );
  });
});
