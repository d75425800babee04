import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startGitHttpServer,
  type GitHttpServer,
} from '../__testUtils__/gitHttpServer';
import {
  createBareRepository,
  filesOf,
  gitIn,
} from '../__testUtils__/gitRepositories';
import { createTestActionContext } from '../__testUtils__/testActionContext';
import { createGitopsPushBranchAction } from './gitopsPushBranch';

const BRANCH = 'llmd/model/team-a/granite-8b';
const UNIT = 'tenants/team-a/models/granite-8b';

describe('llmd:gitops:push-branch (git over http)', () => {
  const workspace = createMockDirectory();
  let root: string;
  let remote: string;
  let server: GitHttpServer;

  beforeEach(async () => {
    workspace.clear();
    root = mkdtempSync(join(tmpdir(), 'llmd-push-branch-http-'));
    remote = createBareRepository(root, {
      'README.md': '# gitops\n',
      [`${UNIT}/stale.yaml`]: 'kind: Stale\n',
    });
    gitIn(remote, 'config', 'http.receivepack', 'true');
    server = await startGitHttpServer(root, {
      basicAuth: { username: 'oauth2', password: 'integration-token' },
    });
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** A GitLab integration for the git server's host, with the token the server accepts. */
  const gitlabIntegration = () => ({
    gitlab: [
      {
        host: new URL(server.url).host,
        apiBaseUrl: `${server.url}/api/v4`,
        token: 'integration-token',
      },
    ],
  });

  async function push() {
    const action = createGitopsPushBranchAction({
      config: new ConfigReader({
        llmd: { gitops: { repoUrl: `${server.url}/gitops.git` } },
        // The token of the integration matching the remote's host is used.
        integrations: gitlabIntegration(),
      }),
    });
    const run = createTestActionContext({
      input: { branchName: BRANCH },
      workspacePath: workspace.path,
    });
    await action.handler(run.ctx as any);
    return run;
  }

  // issue 22: a template names an http remote the configuration does not know; nothing reaches that server
  it('refuses a template-named http remote on a host without integration, sending it nothing', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 1\n',
    });
    const action = createGitopsPushBranchAction({
      config: new ConfigReader({
        llmd: { gitops: { repoUrl: '/nonexistent/gitops.git' } },
      }),
    });
    const run = createTestActionContext({
      input: { branchName: BRANCH, remoteUrl: `${server.url}/gitops.git` },
      workspacePath: workspace.path,
    });
    await expect(action.handler(run.ctx as any)).rejects.toThrow(
      `host ${new URL(server.url).host} is no configured integration`,
    );
    expect(server.requests).toEqual([]);
    expect(gitIn(remote, 'branch', '--list', BRANCH)).toBe('');
  });

  it('accepts a template-named http remote on an integration host', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 1\n',
    });
    const action = createGitopsPushBranchAction({
      config: new ConfigReader({ integrations: gitlabIntegration() }),
    });
    const run = createTestActionContext({
      input: { branchName: BRANCH, remoteUrl: `${server.url}/gitops.git` },
      workspacePath: workspace.path,
    });
    await action.handler(run.ctx as any);
    expect(run.outputs.updated).toBe(false);
  });

  it('pushes a branch with the integration token, and re-running updates it', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 1\n',
    });

    const first = await push();

    expect(first.outputs).toEqual({
      branchName: BRANCH,
      remoteUrl: `${server.url}/gitops.git`,
      commitHash: gitIn(remote, 'rev-parse', BRANCH),
      updated: false,
    });
    expect(filesOf(remote, BRANCH)).toEqual([
      'README.md',
      `${UNIT}/llminferenceservice.yaml`,
    ]);
    expect(first.logs).toContain(
      `info: Resolving remote ${server.url}/gitops.git: git over http`,
    );

    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
    });
    const second = await push();

    expect(second.outputs.updated).toBe(true);
    expect(second.outputs.commitHash).toBe(gitIn(remote, 'rev-parse', BRANCH));
    expect(gitIn(remote, 'rev-parse', `${BRANCH}^@`)).toBe(
      first.outputs.commitHash,
    );
    expect(
      gitIn(remote, 'show', `${BRANCH}:${UNIT}/llminferenceservice.yaml`),
    ).toBe('replicas: 2');
  });
});
