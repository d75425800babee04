import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { eventually, repoRoot } from '@internal/test-support';
import { join } from 'node:path';
import {
  type ClusterSimulator,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import type { GitopsFile } from '@llmd/plugin-llmd-common';
import {
  createLlmdClusterCache,
  readClusterConfig,
  type StoppableLlmdClusterCache,
} from '@llmd/plugin-llmd-node';
import { runValidateAction } from '../__testUtils__/runValidateAction';
import {
  renderedModelFiles,
  VALIDATE_GITOPS,
} from '../__testUtils__/validateFixtures';
import { createGitopsValidateAction } from './gitopsValidate';

// No crdDirectories configured: the CRDs come from the cluster, as installed there (the simulator serves the
// bundled CRDs through the apiextensions API like a real API server).
describe('llmd:gitops:validate with the CRDs of the clusters', () => {
  const workspace = createMockDirectory();
  let sim: ClusterSimulator;
  let cache: StoppableLlmdClusterCache;

  beforeAll(async () => {
    sim = await startClusterSimulator({
      crdSchemas: true,
      seedDir: join(repoRoot, 'examples', 'gitops'),
    });
    cache = createLlmdClusterCache({
      clusters: readClusterConfig(
        new ConfigReader({ llmd: { clusters: [llmdClusterConfig(sim)] } }),
      ),
      logger: mockServices.logger.mock(),
    });
    // connected, not only synced: validation skips clusters whose watches are not open yet
    await eventually(
      'the cluster to connect',
      () => {
        const health = cache.getCluster('demo');
        return health?.synced && health.connected;
      },
      { timeoutMs: 10_000 },
    );
  });
  afterAll(async () => {
    await cache?.stop();
    await sim?.close();
  });

  async function validate(files: readonly GitopsFile[]) {
    const action = createGitopsValidateAction({
      gitops: VALIDATE_GITOPS,
      logger: mockServices.logger.mock(),
      cache,
    });
    return runValidateAction(action, workspace, files);
  }

  it('checks every manifest against the CRDs installed on the cluster', async () => {
    const { outputs, error, logs } = await validate(renderedModelFiles());
    expect(error).toBeUndefined();
    expect(outputs.problems).toEqual([]);
    expect(outputs.report).toMatch(/✅ 4 manifests in 3 files passed/);
    expect(outputs.schemaSources).toMatchObject({
      'serving.kserve.io/v1alpha1 LLMInferenceService': 'cluster demo',
    });
    expect(logs).toContainEqual(
      expect.stringMatching(
        /^info: CRDs installed on the clusters: demo: \d+ CRD\(s\)$/,
      ),
    );
  });

  it("refuses the guide's router.gateway.ref by the cluster's schema", async () => {
    const broken = renderedModelFiles().map(file => ({
      ...file,
      content: file.content.replace('refs:', 'ref:'),
    }));
    const { error } = await validate(broken);
    expect(error?.message).toContain('spec.router.gateway');
  });

  it('refuses a model routed through a Gateway no cluster has', async () => {
    const { error, outputs } = await validate(
      renderedModelFiles({
        namespace: 'research',
        gateway: { name: 'research-gateway', namespace: 'research' },
      }),
    );
    expect(error?.message).toContain(
      'LLMInferenceService research/granite-8b spec.router.gateway.refs[0]: Gateway research/research-gateway does not exist on cluster(s) demo',
    );
    expect(outputs.valid).toBe(false);
  });

  it('names the sources it looked in when a kind has no CRD anywhere', async () => {
    const { outputs } = await validate([
      {
        path: 'x/widget.yaml',
        content:
          'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n',
      },
    ]);
    expect(JSON.stringify(outputs.problems)).toContain(
      'no CRD for example.com/v1 Widget in llmd.gitops.validation.crdDirectories, the CRDs of cluster(s) demo or the bundled catalog',
    );
  });
});
