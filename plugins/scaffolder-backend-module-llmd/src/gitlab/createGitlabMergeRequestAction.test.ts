import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type FakeGitlabApi,
  startFakeGitlabApi,
} from '../__testUtils__/fakeGitlabApi';
import {
  type GitHttpServer,
  startGitHttpServer,
} from '../__testUtils__/gitHttpServer';
import {
  createBareRepository,
  filesOf,
  gitIn,
  refsOf,
} from '../__testUtils__/gitRepositories';
import { createTestActionContext } from '../__testUtils__/testActionContext';
import { createGitlabMergeRequestAction } from './createGitlabMergeRequestAction';

jest.setTimeout(60_000);

const TOKEN = 'glpat-fake-integration-token';
const BRANCH = 'llmd/model/team-a/granite-8b';
const UNIT = 'tenants/team-a/models/granite-8b';

// A GitLab project on a real git http server (pushes) and a fake GitLab REST API (merge requests) on 127.0.0.1.
describe('llmd:gitlab:merge-request', () => {
  let root: string;
  let remote: string;
  let git: GitHttpServer;
  let gitlab: FakeGitlabApi;
  let host: string;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'llmd-gitlab-mr-'));
    remote = createBareRepository(
      join(root, 'platform'),
      {
        'README.md': '# gitops\n',
        'tenants/team-a/base/namespace.yaml': 'kind: Namespace\n',
      },
      'gitops.git',
    );
    gitIn(remote, 'config', 'http.receivepack', 'true');
    git = await startGitHttpServer(root, {
      basicAuth: { username: 'oauth2', password: TOKEN },
    });
    host = new URL(git.url).host;
    gitlab = await startFakeGitlabApi({
      projectPath: 'platform/gitops',
      token: TOKEN,
      webBaseUrl: `https://gitlab.localhost`,
      branchHead: branch => {
        try {
          return gitIn(remote, 'rev-parse', '--verify', `refs/heads/${branch}`);
        } catch {
          return undefined;
        }
      },
    });
  });
  afterEach(async () => {
    await git.close();
    await gitlab.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Runs the action with the unit holding `files`, as a template step would. */
  async function run(
    files: Record<string, string>,
    input: Record<string, string> = {},
    token = TOKEN,
  ) {
    const workspace = mkdtempSync(join(root, 'workspace-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(workspace, UNIT, name)), { recursive: true });
      writeFileSync(join(workspace, UNIT, name), content);
    }
    const integrations = ScmIntegrations.fromConfig(
      new ConfigReader({
        integrations: {
          gitlab: [
            { host, baseUrl: git.url, apiBaseUrl: gitlab.apiBaseUrl, token },
          ],
        },
      }),
    );
    const action = createGitlabMergeRequestAction({
      config: new ConfigReader({}),
      integrations,
    });
    const context = createTestActionContext({
      input: {
        repoUrl: `${host}?owner=platform&repo=gitops`,
        branchName: BRANCH,
        targetBranchName: 'main',
        title: 'llm-d: model service team-a/granite-8b',
        description: 'First render',
        units: [UNIT] as any,
        ...input,
      },
      workspacePath: workspace,
    });
    await action.handler(context.ctx as any);
    return context;
  }

  const head = (ref: string) => gitIn(remote, 'rev-parse', ref);

  it('pushes the branch from the target branch and opens its merge request', async () => {
    const { outputs } = await run({
      'llminferenceservice.yaml': 'replicas: 1\n',
    });

    expect(outputs).toEqual({
      projectid: 'platform/gitops',
      projectPath: 'platform/gitops',
      targetBranchName: 'main',
      commitHash: head(BRANCH),
      mergeRequestUrl:
        'https://gitlab.localhost/platform/gitops/-/merge_requests/1',
      updated: false,
    });
    expect(head(`${BRANCH}^`)).toBe(head('main'));
    expect(filesOf(remote, BRANCH)).toContain(
      `${UNIT}/llminferenceservice.yaml`,
    );
    expect(gitlab.mergeRequests).toEqual([
      {
        iid: 1,
        title: 'llm-d: model service team-a/granite-8b',
        description: 'First render',
        state: 'opened',
        sourceBranch: BRANCH,
        targetBranch: 'main',
      },
    ]);
    expect(
      gitlab.requests.map(r => `${r.method} ${r.url.split('?')[0]}`),
    ).toEqual([
      'GET /api/v4/projects/platform%2Fgitops',
      'GET /api/v4/projects/platform%2Fgitops/merge_requests',
      'POST /api/v4/projects/platform%2Fgitops/merge_requests',
    ]);
  });

  it('updates the open merge request on a re-run: the branch is rebuilt on the new target head and force-pushed', async () => {
    await run({ 'llminferenceservice.yaml': 'replicas: 1\n' });
    // Meanwhile someone else's change lands on main.
    const other = gitIn(
      remote,
      'commit-tree',
      head('main^{tree}'),
      '-p',
      'main',
      '-m',
      'Other change',
    );
    gitIn(remote, 'update-ref', 'refs/heads/main', other);
    gitlab.requests.length = 0;

    const { outputs } = await run(
      { 'llminferenceservice.yaml': 'replicas: 3\n' },
      { description: 'Second render' },
    );

    expect(outputs.updated).toBe(true);
    expect(outputs.commitHash).toBe(head(BRANCH));
    // One commit on top of the new main: the old unit commit is replaced, not stacked.
    expect(head(`${BRANCH}^`)).toBe(head('main'));
    expect(gitIn(remote, 'rev-list', '--count', `main..${BRANCH}`)).toBe('1');
    expect(
      gitIn(remote, 'show', `${BRANCH}:${UNIT}/llminferenceservice.yaml`),
    ).toBe('replicas: 3');
    expect(gitlab.mergeRequests).toHaveLength(1);
    expect(gitlab.mergeRequests[0].description).toBe('Second render');
    const list = gitlab.requests.find(r => r.url.includes('/merge_requests?'))!;
    expect(new URL(list.url, 'http://x').searchParams.toString()).toBe(
      `source_branch=${encodeURIComponent(
        BRANCH,
      )}&target_branch=main&state=opened`,
    );
    expect(gitlab.requests.map(r => r.method)).toEqual(['GET', 'GET', 'PUT']);
    expect(gitlab.requests[2].body).toEqual({
      title: 'llm-d: model service team-a/granite-8b',
      description: 'Second render',
    });
  });

  it('changes nothing when a re-run renders the same unit', async () => {
    await run({ 'llminferenceservice.yaml': 'replicas: 1\n' });
    const refs = refsOf(remote);
    gitlab.requests.length = 0;

    const { outputs, logs } = await run({
      'llminferenceservice.yaml': 'replicas: 1\n',
    });

    expect(refsOf(remote)).toBe(refs);
    expect(outputs.updated).toBe(true);
    expect(gitlab.requests.map(r => r.method)).toEqual(['GET', 'GET']);
    expect(logs).toEqual(
      expect.arrayContaining([
        `info: Branch ${BRANCH} already up to date at ${head(BRANCH)}`,
        expect.stringMatching(/^info: Merge request !1 is open and up to date/),
      ]),
    );
  });

  it('opens a new merge request when the earlier one was closed, reusing the branch', async () => {
    await run({ 'llminferenceservice.yaml': 'replicas: 1\n' });
    gitlab.mergeRequests[0].state = 'closed';

    const { outputs } = await run({
      'llminferenceservice.yaml': 'replicas: 2\n',
    });

    expect(outputs.mergeRequestUrl).toBe(
      'https://gitlab.localhost/platform/gitops/-/merge_requests/2',
    );
    expect(outputs.updated).toBe(false);
    expect(gitlab.mergeRequests.map(mr => mr.state)).toEqual([
      'closed',
      'opened',
    ]);
  });

  it('fails in words, before pushing, when GitLab refuses the token', async () => {
    const refs = refsOf(remote);
    await expect(
      run({ 'a.yaml': 'a: 1\n' }, {}, 'glpat-wrong'),
    ).rejects.toThrow(
      `repoUrl '${host}?owner=platform&repo=gitops': GitLab answered GET /projects/platform/gitops with 401: 401 Unauthorized`,
    );
    expect(refsOf(remote)).toBe(refs);
  });
});
