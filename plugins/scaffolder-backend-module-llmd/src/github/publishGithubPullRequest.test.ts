import fs from 'node:fs';
import path from 'node:path';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createPublishGithubPullRequestAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { expectValidManifests } from '@llmd/crd-validator';
import { type GitopsFile, renderFromInput } from '@llmd/plugin-llmd-common';
import { parse } from 'yaml';
import {
  type FakeGithubApi,
  startFakeGithubApi,
} from '../__testUtils__/fakeGithubApi';

// The GitHub leg of a template, end to end: the stock action (octokit + octokit-plugin-create-pull-request) talks
// HTTP to a fake GitHub, so what is asserted is what GitHub itself would receive.

const HOST = 'ghe.localhost';
const TOKEN = 'ghp_fake_integration_token';
const BRANCH = 'llmd/model/team-a/llama-3-1-8b-pd';
const TITLE = 'llm-d: model team-a/llama-3-1-8b-pd';
const EXISTING = {
  'README.md': '# GitOps\n',
  'tenants/team-b/namespace.yaml':
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-b\n',
};

const EXAMPLE_INPUT = path.resolve(
  __dirname,
  '../../../../examples/inputs/model-llama-pd.yaml',
);

function renderModel(overrides: Record<string, unknown> = {}): GitopsFile[] {
  const input = {
    ...parse(fs.readFileSync(EXAMPLE_INPUT, 'utf8')),
    ...overrides,
  };
  const outcome = renderFromInput('model', input);
  if (!outcome.success) {
    throw new Error(
      `invalid example input: ${JSON.stringify(outcome.problems)}`,
    );
  }
  return [...outcome.result.files];
}

function description(replicas: number): string {
  return [
    '## Model service `team-a/llama-3-1-8b-pd`',
    '',
    `Prefill/decode, ${replicas} decode replicas × 1 GPU.`,
    '',
    '### Validation',
    '',
    '| File | Result |',
    '|---|---|',
    '| `llminferenceservice.yaml` | ✅ valid (CRD v1alpha1) |',
    '',
    '### Reviewer checklist',
    '',
    '- [ ] GPU quota of `team-a` covers the replicas',
    '- [ ] Model URI is approved',
    '',
  ].join('\n');
}

function byPath(files: readonly GitopsFile[]): Record<string, string> {
  return Object.fromEntries(files.map(file => [file.path, file.content]));
}

describe('publish:github:pull-request against a fake GitHub API', () => {
  const workspace = createMockDirectory();
  const temp = createMockDirectory();
  let api: FakeGithubApi;

  beforeEach(async () => {
    api = await startFakeGithubApi({
      owner: 'o',
      repo: 'gitops',
      files: EXISTING,
      token: TOKEN,
      webBaseUrl: `https://${HOST}`,
    });
  });
  afterEach(() => api.close());

  function publishAction() {
    const config = new ConfigReader({
      integrations: {
        github: [{ host: HOST, apiBaseUrl: api.apiBaseUrl, token: TOKEN }],
      },
    });
    return createPublishGithubPullRequestAction({
      integrations: ScmIntegrations.fromConfig(config),
      config,
    });
  }

  /** Renders into `<workspace>/repo` (the repo root for the action) beside a file that must not be published. */
  function writeWorkspace(files: readonly GitopsFile[]) {
    workspace.setContent({
      'notes.txt': 'outside sourcePath',
      repo: Object.fromEntries(files.map(f => [f.path, f.content])),
    });
  }

  async function publish(input: { description: string; update?: boolean }) {
    const action = publishAction();
    const outputs: Record<string, unknown> = {};
    const ctx = {
      ...createMockActionContext({
        input: {
          repoUrl: `${HOST}?owner=o&repo=gitops`,
          branchName: BRANCH,
          title: TITLE,
          sourcePath: 'repo',
          ...input,
        },
        workspacePath: workspace.path,
        logger: mockServices.logger.mock(),
      }),
      output: (name: string, value: unknown) => {
        outputs[name] = value;
      },
      createTemporaryDirectory: async () => temp.path,
    };
    await action.handler(ctx as any);
    return outputs;
  }

  const calls = () => api.requests.map(r => `${r.method} ${r.path}`);

  it('opens a pull request holding exactly the rendered files', async () => {
    const rendered = renderModel();
    writeWorkspace(rendered);

    const outputs = await publish({
      description: description(2),
      update: true,
    });

    expect(outputs).toEqual({
      targetBranchName: 'main',
      remoteUrl: `https://${HOST}/o/gitops/pull/1`,
      pullRequestNumber: 1,
    });
    expect(api.pullRequests).toEqual([
      expect.objectContaining({
        number: 1,
        title: TITLE,
        body: description(2),
        head: BRANCH,
        headOwner: 'o',
        base: 'main',
        draft: false,
        state: 'open',
      }),
    ]);
    // Byte for byte, at the repo root, on top of what main already held; notes.txt stayed out.
    expect(api.filesOnBranch(BRANCH)).toEqual({
      ...EXISTING,
      ...byPath(rendered),
    });
    expect(api.filesOnBranch('main')).toEqual(EXISTING);
    expect(api.headCommit(BRANCH)).toMatchObject({
      message: TITLE,
      parents: [api.headCommit('main')!.sha],
    });

    // The recorded conversation: every blob base64, one tree on main's, one commit, the branch, the PR.
    expect(calls()).toEqual([
      'GET /repos/o/gitops',
      'GET /repos/o/gitops/commits',
      ...rendered.map(() => 'POST /repos/o/gitops/git/blobs'),
      'POST /repos/o/gitops/git/trees',
      'POST /repos/o/gitops/git/commits',
      'POST /graphql',
      'POST /repos/o/gitops/git/refs',
      'POST /repos/o/gitops/pulls',
    ]);
    expect(api.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(
      true,
    );
    expect(api.requests[1].query).toMatchObject({ sha: 'main', per_page: '1' });
    const blobs = api.requests.filter(r => r.path.endsWith('/git/blobs'));
    expect(blobs.map(b => b.body.encoding)).toEqual(
      rendered.map(() => 'base64'),
    );
    const tree = api.requests.find(r => r.path.endsWith('/git/trees'))!.body;
    expect(tree.base_tree).toBe(api.headCommit('main')!.tree);
    expect(tree.tree.map((item: { path: string }) => item.path).sort()).toEqual(
      rendered.map(f => f.path).sort(),
    );
    expect(api.requests.at(-1)!.body).toEqual({
      head: `o:${BRANCH}`,
      base: 'main',
      title: TITLE,
      body: description(2),
      draft: false,
    });
    expect(api.unhandled).toEqual([]);
  });

  it('pushes an LLMInferenceService that the real CRDs accept', async () => {
    writeWorkspace(renderModel());

    await publish({ description: description(2), update: true });

    const pushed = Object.entries(api.filesOnBranch(BRANCH)).filter(
      ([file]) => !(file in EXISTING),
    );
    const services = pushed.filter(([, text]) =>
      /^kind: LLMInferenceService$/m.test(text),
    );
    expect(services).toHaveLength(1);
    for (const [, text] of pushed) expectValidManifests(text);
    // The check has teeth: a field the CRD does not define fails it.
    const [, service] = services[0];
    expect(() =>
      expectValidManifests(
        service.replace(/^spec:$/m, 'spec:\n  bogusField: 1'),
      ),
    ).toThrow(/bogusField/);
  });

  it('updates the same branch and pull request when re-run with update: true', async () => {
    writeWorkspace(renderModel());
    const first = await publish({ description: description(2), update: true });
    const firstHead = api.headCommit(BRANCH)!.sha;

    const changed = renderModel({ replicas: 3 });
    writeWorkspace(changed);
    api.requests.length = 0;
    const second = await publish({ description: description(3), update: true });

    expect(second).toEqual(first);
    expect(api.pullRequests).toHaveLength(1);
    expect(api.pullRequests[0]).toMatchObject({
      body: description(3),
      head: BRANCH,
    });
    expect(api.filesOnBranch(BRANCH)).toEqual({
      ...EXISTING,
      ...byPath(changed),
    });
    // The plugin rebuilds the branch from main and force-moves it, so the old head is dropped, not a parent.
    expect(api.headCommit(BRANCH)!.parents).toEqual([
      api.headCommit('main')!.sha,
    ]);
    expect(api.headCommit(BRANCH)!.sha).not.toBe(firstHead);
    expect(calls().slice(-3)).toEqual([
      'POST /graphql',
      `PATCH /repos/o/gitops/git/refs/heads/${BRANCH}`,
      'PATCH /repos/o/gitops/pulls/1',
    ]);
    expect(api.requests.at(-2)!.body).toMatchObject({ force: true });
    expect(api.unhandled).toEqual([]);
  });

  it('refuses to touch an open pull request without update: true', async () => {
    writeWorkspace(renderModel());
    await publish({ description: description(2) });
    writeWorkspace(renderModel({ replicas: 3 }));

    await expect(publish({ description: description(3) })).rejects.toThrow(
      /Pull request creation failed.*Pull request already exists: https:\/\/ghe\.localhost\/o\/gitops\/pull\/1/,
    );
    expect(api.pullRequests).toHaveLength(1);
    expect(api.pullRequests[0].body).toBe(description(2));
  });
});
