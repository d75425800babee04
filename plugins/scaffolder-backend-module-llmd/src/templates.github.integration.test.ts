import { renderFromInput } from '@llmd/plugin-llmd-common';
import { expectValidGitopsFile } from '@llmd/crd-validator';
import {
  type FakeGithubApi,
  startFakeGithubApi,
} from './__testUtils__/fakeGithubApi';
import { startScaffolderTestBackend } from './__testUtils__/startScaffolderTestBackend';
import { runTemplateTask } from './__testUtils__/runTemplateTask';

jest.setTimeout(120_000);

const HOST = 'ghe.localhost';
const TOKEN = 'ghp_fake_integration_token';

const VALUES = {
  name: 'llama-pd',
  namespace: 'team-a',
  owner: 'group:default/team-a',
  modelUri: 'hf://meta-llama/Llama-3.1-8B-Instruct',
  replicas: 2,
  gpusPerReplica: 1,
  gateway: 'tenant',
  authEnabled: true,
  routingPreset: 'prefill-decode',
  disaggregation: true,
  prefillReplicas: 1,
  prefillGpusPerReplica: 1,
  roce: true,
  roceNetworks: 'roce-p2',
};

// The model template with `llmd.gitops.provider: github`: the real scaffolder runs render → validate → the stock
// publish:github:pull-request, which talks HTTP to a fake GitHub that records what it receives.
describe('the model template publishing to GitHub', () => {
  let github: FakeGithubApi;
  let started: Awaited<ReturnType<typeof startScaffolderTestBackend>>;

  beforeAll(async () => {
    github = await startFakeGithubApi({
      owner: 'platform',
      repo: 'gitops',
      token: TOKEN,
      webBaseUrl: `https://${HOST}`,
      files: { 'README.md': '# GitOps\n' },
    });
    started = await startScaffolderTestBackend(
      {
        provider: 'github',
        repoUrl: `${HOST}?owner=platform&repo=gitops`,
        targetBranch: 'main',
      },
      {
        integrations: {
          github: [{ host: HOST, apiBaseUrl: github.apiBaseUrl, token: TOKEN }],
        },
      },
    );
    await started.waitForTemplates();
  });
  afterAll(async () => {
    await started?.backend.stop();
    await github?.close();
  });

  it('opens a pull request with the rendered files, the inputs, the checklist and the validation report', async () => {
    const run = await runTemplateTask(
      started.api,
      'llmd-model-service',
      VALUES,
    );
    expect(run.task?.status).toBe('completed');
    expect(github.unhandled).toEqual([]);

    expect(github.pullRequests).toHaveLength(1);
    const pr = github.pullRequests[0];
    expect(pr).toEqual(
      expect.objectContaining({
        title: 'llm-d: model service team-a/llama-pd',
        head: 'llmd/model/team-a/llama-pd',
        base: 'main',
      }),
    );
    expect(pr.body).toContain('### Inputs');
    expect(pr.body).toContain('roce:');
    expect(pr.body).toContain('### Reviewer checklist');
    expect(pr.body).toMatch(
      /### Validation\n\n✅ 4 manifests in 3 files passed/,
    );

    const onBranch = github.filesOnBranch('llmd/model/team-a/llama-pd');
    const expected = renderFromInput('model', {
      name: 'llama-pd',
      namespace: 'team-a',
      owner: 'group:default/team-a',
      model: { uri: VALUES.modelUri },
      replicas: 2,
      gpusPerReplica: 1,
      gateway: { name: 'team-a-gateway', namespace: 'team-a' },
      auth: { enabled: true },
      routing: { preset: 'prefill-decode' },
      prefill: { replicas: 1, gpusPerReplica: 1 },
      roce: { networks: 'roce-p2' },
    });
    if (!expected.success) throw new Error('fixture does not render');
    for (const file of expected.result.files) {
      expect(onBranch[file.path]).toBe(file.content);
      expectValidGitopsFile(file.content);
    }
    expect(onBranch['README.md']).toBe('# GitOps\n');
    expect(run.output.links[0]).toEqual({
      title: 'Pull request',
      url: `https://${HOST}/platform/gitops/pull/1`,
    });
  });

  it('updates the same pull request when the template runs again for the unit', async () => {
    const run = await runTemplateTask(started.api, 'llmd-model-service', {
      ...VALUES,
      replicas: 4,
    });
    expect(run.task?.status).toBe('completed');
    expect(github.pullRequests).toHaveLength(1);
    expect(
      github.filesOnBranch('llmd/model/team-a/llama-pd')[
        'tenants/team-a/models/llama-pd/llminferenceservice.yaml'
      ],
    ).toContain('replicas: 4');
    expect(github.pullRequests[0].body).toContain('replicas: 4');
  });
});
