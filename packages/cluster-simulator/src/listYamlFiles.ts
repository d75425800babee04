import fs from 'node:fs';
import path from 'node:path';

/**
 * Every `*.yaml` / `*.yml` file under `dir`, recursively and in name order (so loading is deterministic). Hidden
 * entries and `node_modules` are skipped.
 *
 * @throws when `dir` cannot be read
 */
export function listYamlFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap(entry => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listYamlFiles(full);
    return /\.ya?ml$/i.test(entry.name) ? [full] : [];
  });
}
