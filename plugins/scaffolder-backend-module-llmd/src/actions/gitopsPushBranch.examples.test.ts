import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exampleInput,
  examplesOf,
  runAction,
} from '../__testUtils__/actionExamples';
import {
  createBareRepository,
  filesOf,
  gitIn,
} from '../__testUtils__/gitRepositories';
import { exampleGitopsConfig } from '../__testUtils__/renderExampleRun';
import { createGitopsPushBranchAction } from './gitopsPushBranch';
import { createModelRenderAction } from './modelRender';

// The push example takes its branch, units and message from a render step (`steps.render`): the model render's
// first example runs first, into the same workspace, and the push goes to a real bare repository on disk.
describe('llmd:gitops:push-branch examples', () => {
  const workspace = createMockDirectory();
  let root = '';
  let remote = '';
  beforeEach(() => {
    workspace.clear();
    root = mkdtempSync(join(tmpdir(), 'llmd-push-example-'));
    remote = createBareRepository(root, { 'README.md': '# gitops\n' });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const pushAction = () =>
    createGitopsPushBranchAction({
      config: new ConfigReader({ llmd: { gitops: { repoUrl: remote } } }),
    });
  const examples = examplesOf(
    createGitopsPushBranchAction({ config: new ConfigReader({}) }),
  );

  async function renderStep() {
    const render = createModelRenderAction({ gitops: exampleGitopsConfig() });
    const [, steps] = examplesOf(render)[0];
    const { outputs } = await runAction(
      render,
      exampleInput(steps, render.id),
      workspace.path,
    );
    return outputs;
  }

  it('documents one example, run below', () => {
    expect(examples).toHaveLength(1);
  });

  it(`runs "${examples[0][0]}": a branch with the rendered unit on top of main`, async () => {
    const render = await renderStep();
    const action = pushAction();
    const { outputs } = await runAction(
      action,
      exampleInput(examples[0][1], action.id, { render }),
      workspace.path,
    );
    const branch = 'llmd/model/team-a/granite-8b';
    expect(outputs).toEqual({
      branchName: branch,
      remoteUrl: remote,
      updated: false,
      commitHash: gitIn(remote, 'rev-parse', `refs/heads/${branch}`),
    });
    expect(filesOf(remote, branch)).toEqual([
      'README.md',
      'tenants/team-a/models/granite-8b/access.yaml',
      'tenants/team-a/models/granite-8b/kustomization.yaml',
      'tenants/team-a/models/granite-8b/llminferenceservice.yaml',
    ]);
    expect(gitIn(remote, 'log', '-1', '--format=%s', branch)).toBe(
      render.title,
    );
  });
});
