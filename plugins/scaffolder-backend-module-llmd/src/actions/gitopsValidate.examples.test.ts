import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { preferredBundledCrds } from '@llmd/crd-validator';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import {
  exampleInput,
  examplesOf,
  runAction,
} from '../__testUtils__/actionExamples';
import { exampleGitopsConfig } from '../__testUtils__/renderExampleRun';
import { createGitopsValidateAction } from './gitopsValidate';
import { createModelRenderAction } from './modelRender';

const TEAM_A_GATEWAY = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'team-a-gateway', namespace: 'team-a' },
  spec: { gatewayClassName: 'openshift-default', listeners: [] },
};

// The validate example runs after a render step: the workspace holds what the model render's first example wrote,
// and the portal's cluster `demo` has the CRDs installed and the Gateway the model routes through.
describe('llmd:gitops:validate examples', () => {
  const workspace = createMockDirectory();
  const gitops = exampleGitopsConfig();
  const cache = llmdClusterCacheMock({ clusters: ['demo'] });
  cache.setCustomResourceDefinitions(
    'demo',
    preferredBundledCrds().map(crd => crd.object),
  );
  const action = createGitopsValidateAction({
    gitops,
    logger: mockServices.logger.mock(),
    cache,
  });
  const examples = examplesOf(action);

  beforeEach(async () => {
    workspace.clear();
    const render = createModelRenderAction({ gitops });
    const [, renderSteps] = examplesOf(render)[0];
    await runAction(
      render,
      exampleInput(renderSteps, render.id),
      workspace.path,
    );
  });

  it('documents one example, run below', () => {
    expect(examples).toHaveLength(1);
  });

  it(`runs "${examples[0][0]}": the rendered model passes against the cluster's CRDs`, async () => {
    cache.put('demo', TEAM_A_GATEWAY);
    const { outputs, logs } = await runAction(
      action,
      exampleInput(examples[0][1], action.id),
      workspace.path,
    );
    expect(outputs.valid).toBe(true);
    expect(outputs.problems).toEqual([]);
    expect(outputs.report).toMatch(/✅ 4 manifests in 3 files passed/);
    expect(outputs.schemaSources).toMatchObject({
      'serving.kserve.io/v1alpha1 LLMInferenceService': 'cluster demo',
    });
    expect(logs).toContainEqual(
      expect.stringMatching(/^info: CRDs installed on the clusters: demo: /),
    );
  });

  it(`fails "${examples[0][0]}" when no cluster has the model's Gateway`, async () => {
    cache.delete('demo', TEAM_A_GATEWAY);
    await expect(
      runAction(
        action,
        exampleInput(examples[0][1], action.id),
        workspace.path,
      ),
    ).rejects.toThrow(/team-a-gateway/);
  });
});
