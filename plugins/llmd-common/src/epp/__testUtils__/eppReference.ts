/* eslint-disable no-restricted-imports */
import fs from 'node:fs';
import path from 'node:path';
// Test-only: this helper never ships in the library, so a node-only import is fine.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { findSharedDir } from '@llmd/crd-validator';

/*
 * Test-only access to the shared, read-only reference data (../shared/reference/epp beside the repository). The
 * files are read in place, never copied into the repository.
 */

/** `shared/reference/epp` beside the repository (see findSharedDir for how it is found). */
export function eppReferenceDir(): string {
  return path.join(findSharedDir(), 'reference', 'epp');
}

/** Reads a file under shared/reference/epp. */
export function readEppReference(relative: string): string {
  return fs.readFileSync(path.join(eppReferenceDir(), relative), 'utf8');
}

/** Lists files of a folder under shared/reference/epp. */
export function listEppReference(folder: string): string[] {
  return fs.readdirSync(path.join(eppReferenceDir(), folder)).sort();
}

/** Reads the seed guide (shared/seed/advanced-deployment-guide.md). */
export function readSeedGuide(): string {
  return fs.readFileSync(
    path.join(findSharedDir(), 'seed', 'advanced-deployment-guide.md'),
    'utf8',
  );
}

/** One upstream loader test case from loader-testcases.multidoc.yaml. */
export interface LoaderCase {
  readonly name: string;
  readonly text: string;
  readonly expectSuccess: boolean;
}

/** Splits the multi-document loader cases on their `# case:` headers. */
export function loaderCases(): LoaderCase[] {
  const text = readEppReference(
    'llm-d-router-HEAD/loader-testcases.multidoc.yaml',
  );
  return text
    .split(/^---$/m)
    .map(chunk => ({ chunk, match: /^# case: (\S+)$/m.exec(chunk) }))
    .filter(({ match }) => match !== null)
    .map(({ chunk, match }) => ({
      name: match![1],
      text: chunk,
      // besides success*/error*, four `plugins*` cases are valid configs (their comments say so)
      expectSuccess: !match![1].startsWith('error'),
    }));
}
