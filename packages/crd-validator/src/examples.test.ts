import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import {
  listFiles,
  referencePath,
  repoPath,
  sharedValidator,
  SLOW_TEST_TIMEOUT_MS,
} from './testFixtures';

jest.setTimeout(SLOW_TEST_TIMEOUT_MS);

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

/** Parsed documents of a file that have a schema (samples also contain Jobs, PVCs, ...). */
function docsWithSchema(file: string): unknown[] {
  const validator = sharedValidator();
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(d => d.toJS())
    .filter(doc => doc && validator.hasSchema(doc.apiVersion, doc.kind));
}

describe('examples/gitops', () => {
  const root = repoPath('examples', 'gitops');
  const files = listFiles(root).filter(isYaml);

  it('has YAML files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map(f => [path.relative(root, f), f]))(
    '%s validates strictly',
    (_name, file) => {
      // validateYamlText also fails on documents without a schema, so every kind must be covered.
      const result = sharedValidator().validateYamlText(
        fs.readFileSync(file, 'utf8'),
      );
      expect(result.errors).toEqual([]);
    },
  );
});

describe('reference samples', () => {
  const kserveSamples = [
    ...listFiles(
      referencePath('kserve', 'upstream-v0.16.0', 'docs', 'samples', 'llmisvc'),
    ),
    ...listFiles(
      referencePath('kserve', 'upstream-HEAD', 'docs', 'samples', 'llmisvc'),
    ),
    ...listFiles(
      referencePath(
        'kserve',
        'odh-kserve-release-v0.15',
        'docs',
        'samples',
        'llmisvc',
      ),
    ),
  ].filter(isYaml);
  const playbook = listFiles(referencePath('playbook-gitops')).filter(isYaml);

  it.each(kserveSamples.map(f => [f.slice(f.indexOf('kserve/')), f]))(
    '%s validates',
    (_name, file) => {
      const docs = docsWithSchema(file);
      expect(docs.length).toBeGreaterThan(0);
      expect(sharedValidator().validateAll(docs).errors).toEqual([]);
    },
  );

  it('includes LLMInferenceService samples of both API versions', () => {
    const kinds = kserveSamples
      .flatMap(docsWithSchema)
      .map((d: any) => `${d.apiVersion}/${d.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'serving.kserve.io/v1alpha1/LLMInferenceService',
        'serving.kserve.io/v1alpha2/LLMInferenceService',
        'gateway.networking.k8s.io/v1/Gateway',
      ]),
    );
  });

  it.each(playbook.map(f => [f.slice(f.indexOf('playbook-gitops/')), f]))(
    '%s validates',
    (_name, file) => {
      // Kustomize patches are partial objects too, but these happen to be complete enough to pass.
      expect(
        sharedValidator().validateAll(docsWithSchema(file)).errors,
      ).toEqual([]);
    },
  );
});
