import fs from 'node:fs';
import path from 'node:path';
import { vendorPath } from '@internal/test-support';
import { expectValidManifests } from '@llmd/crd-validator';
import { parse } from 'yaml';
import { startClusterSimulator } from './startClusterSimulator';
import type { ClusterSimulator } from './types';

/** The repository root, found through module resolution of this package. */
const repoRoot = path.resolve(
  path.dirname(require.resolve('@llmd/cluster-simulator/package.json')),
  '../..',
);
const demoDir = path.join(repoRoot, 'examples', 'demo-cluster');
const templateFile = path.join(
  demoDir,
  'platform',
  'redhat-ods-applications',
  'kserve-config-llm-scheduler.yaml',
);

describe('examples/demo-cluster', () => {
  it("holds OpenShift AI's vendored scheduler template unchanged, placed in the controller namespace", () => {
    const demo = parse(fs.readFileSync(templateFile, 'utf8'));
    const vendored = parse(
      fs.readFileSync(
        vendorPath(
          'kserve/odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml',
        ),
        'utf8',
      ),
    );
    expect(demo).toEqual({
      ...vendored,
      metadata: { ...vendored.metadata, namespace: 'redhat-ods-applications' },
    });
  });

  it('is valid against the bundled CRDs', () => {
    for (const file of [
      templateFile,
      path.join(
        demoDir,
        'tenants/team-a/models/granite-8b-scheduler-v07/llminferenceservice.yaml',
      ),
    ]) {
      expect(() =>
        expectValidManifests(fs.readFileSync(file, 'utf8')),
      ).not.toThrow();
    }
  });

  describe('seeded after examples/gitops', () => {
    let sim: ClusterSimulator | undefined;
    afterEach(async () => {
      await sim?.close();
      sim = undefined;
    });

    it('adds the template and a third model to the demo cluster', async () => {
      sim = await startClusterSimulator({
        seedDirs: [path.join(repoRoot, 'examples', 'gitops'), demoDir],
        logger: () => {},
      });
      expect(
        sim
          .list(
            'serving.kserve.io/v1alpha1',
            'LLMInferenceServiceConfig',
            'redhat-ods-applications',
          )
          .map((o: any) => o.metadata.name),
      ).toEqual(['kserve-config-llm-scheduler']);
      expect(
        sim
          .list('serving.kserve.io/v1alpha1', 'LLMInferenceService', 'team-a')
          .map((o: any) => o.metadata.name),
      ).toEqual(['granite-8b', 'granite-8b-scheduler-v07', 'llama-3-1-8b-pd']);
    });
  });
});
