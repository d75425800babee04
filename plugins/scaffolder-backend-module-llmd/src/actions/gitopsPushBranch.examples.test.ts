import { ConfigReader } from '@backstage/config';
import {
  exampleInput,
  examplesOf,
  runAction,
} from '../__testUtils__/actionExamples';
import { filesOf, gitIn } from '../__testUtils__/gitRepositories';
import { UNIT, usePushBranchHarness } from '../__testUtils__/pushBranchHarness';
import { exampleGitopsConfig } from '../__testUtils__/renderExampleRun';
import { createGitopsPushBranchAction } from './gitopsPushBranch';
import { createModelRenderAction } from './modelRender';

// The push example takes its branch, units and message from a render step (`steps.render`): the model render's
// first example runs first, into the same workspace, and the push goes to a real bare repository on disk whose
// main already holds the unit (with a file the render does not write).
describe('llmd:gitops:push-branch examples', () => {
  const harness = usePushBranchHarness();
  const examples = examplesOf(
    createGitopsPushBranchAction({ config: new ConfigReader({}) }),
  );

  async function renderStep() {
    const render = createModelRenderAction({ gitops: exampleGitopsConfig() });
    const [, steps] = examplesOf(render)[0];
    const { outputs } = await runAction(
      render,
      exampleInput(steps, render.id),
      harness.workspace.path,
    );
    return outputs;
  }

  it('documents one example, run below', () => {
    expect(examples).toHaveLength(1);
  });

  it(`runs "${examples[0][0]}": a branch where the rendered unit replaces the old one`, async () => {
    const render = await renderStep();
    const run = await harness.push(
      exampleInput(examples[0][1], 'llmd:gitops:push-branch', { render }),
    );
    const branch = 'llmd/model/team-a/granite-8b';
    const remote = harness.remote();
    expect(run.outputs).toEqual({
      branchName: branch,
      remoteUrl: remote,
      updated: false,
      commitHash: gitIn(remote, 'rev-parse', `refs/heads/${branch}`),
    });
    expect(filesOf(remote, branch)).toEqual([
      'README.md',
      'tenants/team-a/base/namespace.yaml',
      `${UNIT}/access.yaml`,
      `${UNIT}/kustomization.yaml`,
      `${UNIT}/llminferenceservice.yaml`,
      'tenants/team-a/models/other/llminferenceservice.yaml',
    ]);
    expect(gitIn(remote, 'log', '-1', '--format=%s', branch)).toBe(
      render.title,
    );
  });
});
