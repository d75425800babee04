import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createBareRepository,
  filesOf,
  gitIn,
  refsOf,
} from '../__testUtils__/gitRepositories';
import {
  startGitHttpServer,
  type GitHttpServer,
} from '../__testUtils__/gitHttpServer';
import { pushBranchOverHttp } from './pushBranchOverHttp';
import type { PushBranchRequest, UnitFile } from './pushBranchRequest';

const BRANCH = 'llmd/tenant/team-b';
const UNIT = 'tenants/team-b/base';
const anonymous = { username: '', password: '' };

function file(path: string, content: string): UnitFile {
  return { path, content: Buffer.from(content), executable: false };
}

function request(
  files: UnitFile[],
  overrides: Partial<PushBranchRequest> = {},
): PushBranchRequest {
  return {
    branchName: BRANCH,
    targetBranch: 'main',
    units: new Map([[UNIT, files]]),
    commitMessage: 'Add tenant team-b',
    author: { name: 'llm-d portal', email: 'llmd-portal@localhost' },
    logger: mockServices.logger.mock(),
    ...overrides,
  };
}

describe('pushBranchOverHttp', () => {
  let root: string;
  let remote: string;
  let server: GitHttpServer;
  let url: string;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'llmd-http-push-'));
    remote = createBareRepository(root, {
      'README.md': '# gitops\n',
      'tenants/team-a/base/namespace.yaml': 'kind: Namespace\n',
      [`${UNIT}/stale.yaml`]: 'kind: Stale\n',
    });
    gitIn(remote, 'config', 'http.receivepack', 'true');
    server = await startGitHttpServer(root);
    url = `${server.url}/gitops.git`;
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('pushes a new branch, then updates it with a commit on top', async () => {
    const main = gitIn(remote, 'rev-parse', 'main');

    const first = await pushBranchOverHttp(
      { url, auth: anonymous },
      request([file(`${UNIT}/namespace.yaml`, 'kind: Namespace\n')]),
    );

    expect(first).toEqual({
      commitHash: gitIn(remote, 'rev-parse', BRANCH),
      updated: false,
      changedFiles: [`${UNIT}/namespace.yaml`, `${UNIT}/stale.yaml`],
    });
    expect(gitIn(remote, 'rev-parse', `${BRANCH}^@`)).toBe(main);
    expect(filesOf(remote, BRANCH)).toEqual([
      'README.md',
      'tenants/team-a/base/namespace.yaml',
      `${UNIT}/namespace.yaml`,
    ]);
    expect(gitIn(remote, 'log', '-1', '--format=%an <%ae>|%s', BRANCH)).toBe(
      'llm-d portal <llmd-portal@localhost>|Add tenant team-b',
    );

    const second = await pushBranchOverHttp(
      { url, auth: anonymous },
      request([
        file(`${UNIT}/namespace.yaml`, 'kind: Namespace\nmetadata: {}\n'),
        file(`${UNIT}/gateway.yaml`, 'kind: Gateway\n'),
      ]),
    );

    expect(second.updated).toBe(true);
    expect(second.commitHash).toBe(gitIn(remote, 'rev-parse', BRANCH));
    expect(gitIn(remote, 'rev-parse', `${BRANCH}^@`)).toBe(first.commitHash);
    expect(filesOf(remote, `${BRANCH}:${UNIT}`)).toEqual([
      'gateway.yaml',
      'namespace.yaml',
    ]);
    expect(gitIn(remote, 'rev-parse', 'main')).toBe(main);
    expect(server.requests).toEqual(
      expect.arrayContaining(['POST /gitops.git/git-receive-pack']),
    );
  });

  it('makes no commit when the branch already holds the units', async () => {
    const files = [file(`${UNIT}/namespace.yaml`, 'kind: Namespace\n')];
    const first = await pushBranchOverHttp(
      { url, auth: anonymous },
      request(files),
    );
    const refs = refsOf(remote);

    // A unit neither the branch nor the workspace has changes nothing either.
    const again = await pushBranchOverHttp(
      { url, auth: anonymous },
      request(files, {
        units: new Map([
          [UNIT, files],
          ['tenants/absent', []],
        ]),
      }),
    );

    expect(again).toEqual({
      commitHash: first.commitHash,
      updated: true,
      changedFiles: [],
    });
    expect(refsOf(remote)).toBe(refs);
  });

  it('refuses a targetBranch the remote does not have', async () => {
    const refs = refsOf(remote);
    const error = await pushBranchOverHttp(
      { url, auth: anonymous },
      request([file(`${UNIT}/a.yaml`, 'a: 1\n')], { targetBranch: 'nope' }),
    ).catch(e => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`targetBranch 'nope': no such branch in ${url}`);
    expect(refsOf(remote)).toBe(refs);
  });

  it('answers a 401 challenge with the credentials', async () => {
    await server.close();
    const auth = { username: 'oauth2', password: 's3cret' };
    server = await startGitHttpServer(root, { basicAuth: auth });
    url = `${server.url}/gitops.git`;

    const pushed = await pushBranchOverHttp(
      { url, auth },
      request([file(`${UNIT}/a.yaml`, 'a: 1\n')]),
    );

    expect(pushed.commitHash).toBe(gitIn(remote, 'rev-parse', BRANCH));
    await expect(
      pushBranchOverHttp(
        { url, auth: anonymous },
        request([file(`${UNIT}/a.yaml`, 'a: 2\n')]),
      ),
    ).rejects.toThrow(/401/);
  });

  it('rebuilds the branch from targetBranch with rebuild, and pushes nothing when that is already the branch', async () => {
    const main = gitIn(remote, 'rev-parse', 'main');
    await pushBranchOverHttp(
      { url, auth: anonymous },
      request([file(`${UNIT}/a.yaml`, 'a: 1\n')]),
    );
    await pushBranchOverHttp(
      { url, auth: anonymous },
      request([file(`${UNIT}/a.yaml`, 'a: 2\n')]),
    );

    const rebuilt = await pushBranchOverHttp(
      { url, auth: anonymous },
      request([file(`${UNIT}/a.yaml`, 'a: 3\n')], { rebuild: true }),
    );

    expect(rebuilt.updated).toBe(true);
    expect(rebuilt.commitHash).toBe(gitIn(remote, 'rev-parse', BRANCH));
    expect(gitIn(remote, 'rev-parse', `${BRANCH}^@`)).toBe(main);
    expect(gitIn(remote, 'show', `${BRANCH}:${UNIT}/a.yaml`)).toBe('a: 3');
    const refs = refsOf(remote);

    const again = await pushBranchOverHttp(
      { url, auth: anonymous },
      request([file(`${UNIT}/a.yaml`, 'a: 3\n')], { rebuild: true }),
    );

    expect(again).toEqual({
      commitHash: rebuilt.commitHash,
      updated: true,
      changedFiles: [],
    });
    expect(refsOf(remote)).toBe(refs);
  });

  it('keeps every commit of runs racing for one branch', async () => {
    const runs = 6;
    const unit = (i: number) => `tenants/team-b/models/m-${i}`;

    await Promise.all(
      Array.from({ length: runs }, (_, i) =>
        pushBranchOverHttp(
          { url, auth: anonymous },
          request([file(`${unit(i)}/a.yaml`, `i: ${i}\n`)], {
            units: new Map([
              [unit(i), [file(`${unit(i)}/a.yaml`, `i: ${i}\n`)]],
            ]),
            commitMessage: `Run ${i}`,
          }),
          { maxPauseMs: 200 },
        ),
      ),
    );

    const subjects = gitIn(remote, 'log', '--format=%s', BRANCH).split('\n');
    expect(subjects.sort()).toEqual(
      [...Array.from({ length: runs }, (_, i) => `Run ${i}`), 'Seed'].sort(),
    );
    expect(gitIn(remote, 'rev-list', '--merges', BRANCH)).toBe('');
    expect(filesOf(remote, `${BRANCH}:tenants/team-b/models`)).toHaveLength(
      runs,
    );
  }, 120_000);
});
