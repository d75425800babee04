import fs from 'node:fs';
import path from 'node:path';
import { eventually, vendorPath } from '@internal/test-support';
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
      path.join(demoDir, 'tenants/team-b/namespace.yaml'),
      path.join(
        demoDir,
        'tenants/team-b/models/granite-8b-team-b/llminferenceservice.yaml',
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

    it('adds the template, a third team-a model and the broken team-b model to the demo cluster', async () => {
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
      expect(
        sim
          .list('serving.kserve.io/v1alpha1', 'LLMInferenceService', 'team-b')
          .map((o: any) => o.metadata.name),
      ).toEqual(['granite-8b-team-b']);
    });

    it('runs the team-a models Ready and the team-b model unreachable: the shared Gateway does not admit team-b', async () => {
      sim = await startClusterSimulator({
        seedDirs: [path.join(repoRoot, 'examples', 'gitops'), demoDir],
        controller: true,
        logger: () => {},
      });
      const conditionOf = (namespace: string, name: string, type: string) =>
        (
          sim!.get(
            'serving.kserve.io/v1alpha1',
            'LLMInferenceService',
            namespace,
            name,
          ) as any
        )?.status?.conditions?.find((c: any) => c.type === type);
      for (const name of [
        'granite-8b',
        'granite-8b-scheduler-v07',
        'llama-3-1-8b-pd',
      ]) {
        await eventually(
          `team-a/${name} Ready`,
          () => conditionOf('team-a', name, 'Ready')?.status === 'True',
        );
      }
      const routes = await eventually(
        'team-b/granite-8b-team-b HTTPRoutesReady',
        () => conditionOf('team-b', 'granite-8b-team-b', 'HTTPRoutesReady'),
      );
      expect(routes).toMatchObject({
        status: 'False',
        reason: 'HTTPRoutesNotReady',
        message: expect.stringContaining('NotAllowedByListeners'),
      });
      expect(conditionOf('team-b', 'granite-8b-team-b', 'Ready')).toMatchObject(
        { status: 'False', reason: 'HTTPRoutesNotReady' },
      );
    });
  });
});
