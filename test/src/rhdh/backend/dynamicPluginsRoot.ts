import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@internal/test-support';

/** docs/examples/dynamic-plugins.yaml, the file docs/rhdh.md shows and the RHDH tests install from. */
const DYNAMIC_PLUGINS_YAML = join(
  repoRoot,
  'docs/examples/dynamic-plugins.yaml',
);

/** One `plugins[]` entry of a dynamic-plugins.yaml. */
export interface DynamicPluginEntry {
  package: string;
  disabled?: boolean;
  pluginConfig?: Record<string, any>;
}

/** The enabled entries of docs/examples/dynamic-plugins.yaml. */
export function dynamicPluginEntries(): DynamicPluginEntry[] {
  const doc = parse(readFileSync(DYNAMIC_PLUGINS_YAML, 'utf8'));
  return (doc.plugins as DynamicPluginEntry[]).filter(p => !p.disabled);
}

/** The name after `!` in an OCI package reference: the folder RHDH installs the plugin into. */
function imageName(entry: DynamicPluginEntry): string {
  return entry.package.split('!')[1];
}

/** The repository folder whose dist-dynamic/ is packaged under `name` (`llmd-plugin-llmd-backend` …). */
function exportDirOf(name: string): string {
  for (const dir of [
    'plugins/llmd',
    'plugins/llmd-backend',
    'plugins/scaffolder-backend-module-llmd',
    'plugins/catalog-backend-module-llmd',
  ]) {
    const pkg = JSON.parse(
      readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'),
    );
    if (pkg.name.replace(/^@/, '').replace('/', '-') === name) {
      return join(repoRoot, dir, 'dist-dynamic');
    }
  }
  throw new Error(`no exported plugin is packaged as ${name}`);
}

/**
 * A `dynamic-plugins-root` as RHDH's install-dynamic-plugins leaves it: one folder per enabled plugin of the
 * example, named as in the image, holding that plugin's exported dist-dynamic/. It is created under the
 * repository's node_modules/.cache, so — like RHDH's, inside the application folder — the loader resolves
 * the shared `@backstage/*` packages from the application's node_modules. Hard links keep the copy fast.
 */
export function createDynamicPluginsRoot(): string {
  const base = join(repoRoot, 'node_modules', '.cache', 'llmd-rhdh');
  mkdirSync(base, { recursive: true });
  const root = join(mkdtempSync(join(base, 'run-')), 'dynamic-plugins-root');
  mkdirSync(root);
  for (const entry of dynamicPluginEntries()) {
    const target = join(root, imageName(entry));
    const linked = spawnSync('cp', [
      '-al',
      exportDirOf(imageName(entry)),
      target,
    ]);
    if (linked.status !== 0) {
      cpSync(exportDirOf(imageName(entry)), target, { recursive: true });
    }
  }
  return root;
}
