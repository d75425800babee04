import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One document read from a seed directory. */
export interface SeedDocument {
  file: string;
  object: Record<string, unknown>;
}

const KUSTOMIZATION_FILE = /^kustomization\.ya?ml$/i;

/**
 * Reads every `*.yaml` / `*.yml` under `dir` (recursively, in path order), one entry per non-empty
 * document. Kustomization files are skipped: the seed is applied as plain manifests.
 *
 * @throws when a file is not valid YAML (a broken seed should fail loudly)
 */
export function readSeedDocuments(dir: string): SeedDocument[] {
  const out: SeedDocument[] = [];
  for (const file of yamlFiles(dir)) {
    if (KUSTOMIZATION_FILE.test(path.basename(file))) continue;
    const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
    for (const doc of Array.isArray(docs) ? docs : []) {
      if (doc.errors.length) {
        throw new Error(`${file}: ${doc.errors[0].message}`);
      }
      const object = doc.toJS();
      if (object && typeof object === 'object' && !Array.isArray(object)) {
        out.push({ file, object });
      }
    }
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name.startsWith('.') ? [] : yamlFiles(full);
    }
    return /\.ya?ml$/i.test(entry.name) ? [full] : [];
  });
}
