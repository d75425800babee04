import { type FakeGithubApi, startFakeGithubApi } from './fakeGithubApi';

// The fake's own contract, for what the action test does not reach: errors a client can provoke, and the
// endpoints only other callers (filesToDelete, a template-level test) use.

describe('startFakeGithubApi', () => {
  let api: FakeGithubApi;
  beforeEach(async () => {
    api = await startFakeGithubApi({
      owner: 'o',
      repo: 'gitops',
      files: { 'a/hello.txt': 'hello\n' },
      token: 't',
    });
  });
  afterEach(() => api.close());

  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${api.apiBaseUrl}${path}`, {
      method,
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }

  it('names an unimplemented endpoint in its 404 and records it', async () => {
    const { status, json } = await call('DELETE', '/repos/o/gitops/git/refs/x');
    expect(status).toBe(404);
    expect(json.message).toBe(
      'fake GitHub API: no handler for DELETE /repos/o/gitops/git/refs/x',
    );
    expect(api.unhandled).toEqual([
      expect.objectContaining({ method: 'DELETE' }),
    ]);
  });

  it('answers like GitHub for a bad token and another repository', async () => {
    const response = await fetch(`${api.apiBaseUrl}/repos/o/gitops`, {
      headers: { authorization: 'token wrong' },
    });
    expect(response.status).toBe(401);
    expect((await call('GET', '/repos/o/other')).status).toBe(404);
    expect(api.unhandled).toEqual([]);
  });

  it('stores blobs under their git object ids and serves contents', async () => {
    // `printf 'hello\n' | git hash-object --stdin`
    const sha = 'ce013625030ba8dba906f756967f9e9ca394464a';
    const blob = await call('POST', '/repos/o/gitops/git/blobs', {
      content: Buffer.from('hello\n').toString('base64'),
      encoding: 'base64',
    });
    expect(blob).toMatchObject({ status: 201, json: { sha } });

    const file = await call('GET', '/repos/o/gitops/contents/a%2Fhello.txt');
    expect(file.json).toMatchObject({ path: 'a/hello.txt', sha });
    expect(Buffer.from(file.json.content, 'base64').toString()).toBe('hello\n');
    expect((await call('GET', '/repos/o/gitops/contents/nope')).status).toBe(
      404,
    );
  });

  it('moves a branch only by fast-forward unless forced', async () => {
    const main = api.headCommit('main')!;
    const tree = await call('POST', '/repos/o/gitops/git/trees', {
      base_tree: main.tree,
      tree: [{ path: 'a/hello.txt', mode: '100644', sha: null }],
    });
    const orphan = await call('POST', '/repos/o/gitops/git/commits', {
      message: 'orphan',
      tree: tree.json.sha,
      parents: [],
    });
    const patch = (force: boolean) =>
      call('PATCH', '/repos/o/gitops/git/refs/heads/main', {
        sha: orphan.json.sha,
        force,
      });

    expect(await patch(false)).toMatchObject({
      status: 422,
      json: { message: 'Update is not a fast forward' },
    });
    expect((await patch(true)).status).toBe(200);
    expect(api.filesOnBranch('main')).toEqual({});
  });

  it('lists pull requests by head and keeps reviewers and assignees', async () => {
    const sha = api.headCommit('main')!.sha;
    await call('POST', '/repos/o/gitops/git/refs', {
      ref: 'refs/heads/feature/x',
      sha,
    });
    const created = await call('POST', '/repos/o/gitops/pulls', {
      head: 'o:feature/x',
      base: 'main',
      title: 'T',
      body: 'B',
    });
    expect(created.status).toBe(201);
    const again = await call('POST', '/repos/o/gitops/pulls', {
      head: 'o:feature/x',
      base: 'main',
      title: 'T',
    });
    expect(again.status).toBe(422);
    await call('POST', '/repos/o/gitops/pulls/1/requested_reviewers', {
      reviewers: ['alice'],
    });
    await call('POST', '/repos/o/gitops/issues/1/assignees', {
      assignees: ['bob'],
    });

    const listed = await call('GET', '/repos/o/gitops/pulls?head=o:feature/x');
    expect(listed.json).toEqual([
      expect.objectContaining({
        number: 1,
        head: expect.objectContaining({ ref: 'feature/x', sha }),
        base: expect.objectContaining({ ref: 'main' }),
        requested_reviewers: [{ login: 'alice' }],
        assignees: [{ login: 'bob' }],
      }),
    ]);
    expect(api.pullRequests).toHaveLength(1);
  });
});
