import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import {
  listFiles,
  vendorPath,
  repoPath,
  sharedValidator,
  SLOW_TEST_TIMEOUT_MS,
} from './__testUtils__/testFixtures';

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

describe('vendored samples and a community-style tree', () => {
  const kserveSamples = [
    ...listFiles(
      vendorPath('kserve', 'upstream-v0.16.0', 'docs', 'samples', 'llmisvc'),
    ),
    ...listFiles(
      vendorPath('kserve', 'upstream-HEAD', 'docs', 'samples', 'llmisvc'),
    ),
    ...listFiles(
      vendorPath(
        'kserve',
        'odh-kserve-release-v0.15',
        'docs',
        'samples',
        'llmisvc',
      ),
    ),
  ].filter(isYaml);
  // Hand-written, shaped like a community GitOps repository (see its README): the playbook such trees come from
  // has no licence, so it is not vendored.
  const fixtures = path.join(__dirname, '__fixtures__', 'community-gitops');
  const communityTree = listFiles(fixtures).filter(isYaml);

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

  it.each(communityTree.map(f => [path.relative(fixtures, f), f]))(
    'community-gitops/%s validates',
    (_name, file) => {
      expect(
        sharedValidator().validateAll(docsWithSchema(file)).errors,
      ).toEqual([]);
    },
  );
});
