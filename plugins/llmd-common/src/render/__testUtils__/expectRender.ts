import fs from 'node:fs';
import path from 'node:path';
// Test-only helper: never ships in the library, so a node-only import is fine.
import { expectValidManifests } from '@llmd/crd-validator';
import { parse } from 'yaml';
import type { RenderResult } from '../gitopsFile';
import { yamlDocs } from './yamlDocs';

/*
 * Golden files: every file of a render result is compared with src/render/__golden__/<case>/<path>. Run the tests
 * with UPDATE_GOLDEN=1 to (re)write them after an intended change; review the diff like code.
 */

const GOLDEN_ROOT = path.resolve(
  // Test files live in the source tree.
  __dirname,
  '..',
  '__golden__',
);

/** Compares the files of a render with the golden files of `caseName` (or writes them with UPDATE_GOLDEN=1). */
export function expectGolden(caseName: string, result: RenderResult): void {
  const dir = path.join(GOLDEN_ROOT, caseName);
  if (process.env.UPDATE_GOLDEN) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const file of result.files) {
      const target = path.join(dir, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
    }
  }
  const expected = listFiles(dir);
  expect(result.files.map(f => f.path).sort()).toEqual(expected);
  for (const file of result.files) {
    expect(file.content).toBe(
      fs.readFileSync(path.join(dir, file.path), 'utf8'),
    );
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

/**
 * Strictly validates every manifest of a render against the real CRDs (@llmd/crd-validator, whose schemas come from
 * vendor/crds), both as returned and as written into the files, and checks that the files hold exactly the returned
 * manifests.
 */
export function expectValidRender(result: RenderResult): void {
  expectValidManifests(result.manifests);
  const docs = (files: RenderResult['files']) =>
    yamlDocs(...files.map(f => f.content));
  // Kustomizations are only in the files; they are validated too.
  expectValidManifests(docs(result.files));
  const fromFiles = docs(
    result.files.filter(f => !f.path.endsWith('kustomization.yaml')),
  );
  expect(fromFiles).toEqual(
    result.manifests.map(m => parse(JSON.stringify(m))),
  );
  for (const file of result.files) {
    expect(file.content.startsWith('# ')).toBe(true);
  }
}
