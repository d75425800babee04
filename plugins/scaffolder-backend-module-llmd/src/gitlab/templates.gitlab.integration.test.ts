import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FakeGitlabApi,
  startFakeGitlabApi,
} from '../__testUtils__/fakeGitlabApi';
import {
  type GitHttpServer,
  startGitHttpServer,
} from '../__testUtils__/gitHttpServer';
import { createBareRepository, gitIn } from '../__testUtils__/gitRepositories';
import { runTemplateTask } from '../__testUtils__/runTemplateTask';
import { startScaffolderTestBackend } from '../__testUtils__/startScaffolderTestBackend';

jest.setTimeout(120_000);

const TOKEN = 'glpat-fake-integration-token';
const BRANCH = 'llmd/model/team-a/granite-8b';
const UNIT_FILE = 'tenants/team-a/models/granite-8b/llminferenceservice.yaml';

const VALUES = {
  name: 'granite-8b',
  namespace: 'team-a',
  owner: 'group:default/team-a',
  modelUri: 'hf://ibm-granite/granite-3.1-8b-instruct',
  replicas: 1,
  gpusPerReplica: 1,
  gateway: 'tenant',
  authEnabled: true,
  routingPreset: 'default',
};

// The model template with `llmd.gitops.provider: gitlab`: the real scaffolder runs render → validate →
// llmd:gitlab:merge-request, which pushes to a real git http server and talks to a fake GitLab REST API.
describe('the model template publishing to GitLab', () => {
  let root: string;
  let remote: string;
  let git: GitHttpServer;
  let gitlab: FakeGitlabApi;
  let started: Awaited<ReturnType<typeof startScaffolderTestBackend>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'llmd-gitlab-template-'));
    remote = createBareRepository(
      join(root, 'platform'),
      { 'README.md': '# GitOps\n' },
      'gitops.git',
    );
    gitIn(remote, 'config', 'http.receivepack', 'true');
    git = await startGitHttpServer(root, {
      basicAuth: { username: 'oauth2', password: TOKEN },
    });
    const host = new URL(git.url).host;
    gitlab = await startFakeGitlabApi({
      projectPath: 'platform/gitops',
      token: TOKEN,
      webBaseUrl: 'https://gitlab.localhost',
    });
    started = await startScaffolderTestBackend(
      {
        provider: 'gitlab',
        repoUrl: `${host}?owner=platform&repo=gitops`,
        targetBranch: 'main',
      },
      {
        integrations: {
          gitlab: [
            {
              host,
              baseUrl: git.url,
              apiBaseUrl: gitlab.apiBaseUrl,
              token: TOKEN,
            },
          ],
        },
      },
    );
    await started.waitForTemplates();
  });
  afterAll(async () => {
    await started?.backend.stop();
    await gitlab?.close();
    await git?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const show = (path: string) => gitIn(remote, 'show', `${BRANCH}:${path}`);

  it('opens a merge request, and a re-run for the unit updates it instead of failing', async () => {
    const first = await runTemplateTask(
      started.api,
      'llmd-model-service',
      VALUES,
    );
    expect(first.task?.status).toBe('completed');
    expect(gitlab.mergeRequests).toHaveLength(1);
    expect(gitlab.mergeRequests[0]).toEqual(
      expect.objectContaining({
        title: 'llm-d: model service team-a/granite-8b',
        sourceBranch: BRANCH,
        targetBranch: 'main',
        state: 'opened',
      }),
    );
    expect(show(UNIT_FILE)).toContain('replicas: 1');
    expect(first.output.links[1]).toEqual({
      title: 'Merge request',
      url: 'https://gitlab.localhost/platform/gitops/-/merge_requests/1',
    });

    const again = await runTemplateTask(started.api, 'llmd-model-service', {
      ...VALUES,
      replicas: 3,
    });

    expect(again.task?.status).toBe('completed');
    expect(gitlab.mergeRequests).toHaveLength(1);
    expect(gitlab.mergeRequests[0].description).toContain('replicas: 3');
    expect(show(UNIT_FILE)).toContain('replicas: 3');
    // The branch is one commit on top of main, rebuilt, as publish:github:pull-request does with update: true.
    expect(gitIn(remote, 'rev-list', '--count', `main..${BRANCH}`)).toBe('1');
    expect(again.log).toContain('Updated merge request !1');
  });
});
