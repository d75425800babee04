import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { listYamlFiles } from './listYamlFiles';

/** One document read from a seed directory. */
export interface SeedDocument {
  file: string;
  object: Record<string, unknown>;
}

const KUSTOMIZATION_FILE = /^kustomization\.ya?ml$/i;

/**
 * Reads every `*.yaml` / `*.yml` under `dir` (recursively, in path order; see {@link listYamlFiles}), one entry
 * per non-empty document. Kustomization files are skipped: the seed is applied as plain manifests.
 *
 * @throws when a file is not valid YAML (a broken seed should fail loudly)
 */
export function readSeedDocuments(dir: string): SeedDocument[] {
  const out: SeedDocument[] = [];
  for (const file of listYamlFiles(dir)) {
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
