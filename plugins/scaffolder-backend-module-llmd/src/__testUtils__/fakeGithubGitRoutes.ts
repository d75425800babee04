import type { FakeCommit, TreeItemInput } from './FakeGitRepository';
import {
  ApiError,
  type FakeGithubRepo,
  ok,
  type RepoRoute,
} from './fakeGithubRoutes';

/**
 * The repository, commits, git data (blobs, trees, commits, refs) and contents routes of a fake repository:
 * what octokit-plugin-create-pull-request needs to build a commit on the base branch and point a branch at it.
 */
export function gitRoutes(repo: FakeGithubRepo): RepoRoute[] {
  const { git, apiUrl, webUrl } = repo;

  const commitJson = (c: FakeCommit) => ({
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: apiUrl(`/git/commits/${c.sha}`),
    html_url: webUrl(`/commit/${c.sha}`),
    message: c.message,
    author: c.author ?? null,
    committer: c.committer ?? null,
    tree: { sha: c.tree, url: apiUrl(`/git/trees/${c.tree}`) },
    parents: c.parents.map(sha => ({
      sha,
      url: apiUrl(`/git/commits/${sha}`),
    })),
  });
  const refJson = (branch: string) => {
    const sha = git.branches.get(branch);
    return {
      ref: `refs/heads/${branch}`,
      node_id: `REF_${branch}`,
      url: apiUrl(`/git/refs/heads/${branch}`),
      object: { sha, type: 'commit', url: apiUrl(`/git/commits/${sha}`) },
    };
  };
  const commitOf = (ref: string | undefined) => {
    const commit = git.resolve(ref ?? repo.defaultBranch);
    if (!commit) throw new ApiError(422, `No commit found for SHA: ${ref}`);
    return commit;
  };

  return [
    [
      'GET',
      /^$/,
      () => ({
        status: 200,
        // It marks a user token; the plugin then forks unless `permissions.push` is true.
        headers: { 'x-oauth-scopes': 'repo' },
        body: {
          id: 1,
          node_id: 'R_1',
          name: repo.repo,
          full_name: `${repo.owner}/${repo.repo}`,
          private: true,
          owner: { login: repo.owner, type: 'Organization' },
          html_url: webUrl(''),
          url: apiUrl(''),
          default_branch: repo.defaultBranch,
          permissions: {
            admin: true,
            maintain: true,
            push: true,
            triage: true,
            pull: true,
          },
        },
      }),
    ],
    [
      'GET',
      /^\/commits$/,
      req => {
        const head = commitOf(req.query.sha).sha;
        const history = git.log(head, Number(req.query.per_page ?? 30));
        return ok(
          history.map(c => ({
            sha: c.sha,
            node_id: `C_${c.sha}`,
            html_url: webUrl(`/commit/${c.sha}`),
            commit: commitJson(c),
            parents: commitJson(c).parents,
          })),
        );
      },
    ],
    [
      'POST',
      /^\/git\/blobs$/,
      req => {
        const { content, encoding = 'utf-8' } = req.body ?? {};
        if (typeof content !== 'string' || !/^(utf-8|base64)$/.test(encoding)) {
          throw new ApiError(
            422,
            'Invalid request: content is required, encoding is utf-8 or base64',
          );
        }
        const bytes = Buffer.from(
          content,
          encoding === 'base64' ? 'base64' : 'utf8',
        );
        const sha = git.createBlob(bytes);
        return ok({ sha, url: apiUrl(`/git/blobs/${sha}`) }, 201);
      },
    ],
    [
      'POST',
      /^\/git\/trees$/,
      req => {
        const items: TreeItemInput[] = req.body?.tree ?? [];
        const sha = git.createTree(req.body?.base_tree, items);
        const tree = [...git.tree(sha)].map(([path, entry]) => ({
          path,
          mode: entry.mode,
          type: 'blob',
          sha: entry.sha,
        }));
        const url = apiUrl(`/git/trees/${sha}`);
        return ok({ sha, url, tree, truncated: false }, 201);
      },
    ],
    [
      'POST',
      /^\/git\/commits$/,
      req => {
        const {
          message,
          tree,
          parents = [],
          author,
          committer,
        } = req.body ?? {};
        // GitHub stamps the time when the client leaves it out.
        const date = new Date().toISOString();
        const commit = git.createCommit({
          message,
          tree,
          parents,
          author: author && { date, ...author },
          committer: committer && { date, ...committer },
        });
        return ok(commitJson(commit), 201);
      },
    ],
    [
      'GET',
      /^\/git\/ref\/heads\/(.+)$/,
      (_req, m) => {
        if (!git.branches.has(m[1])) throw new ApiError(404, 'Not Found');
        return ok(refJson(m[1]));
      },
    ],
    [
      'POST',
      /^\/git\/refs$/,
      req => {
        const branch = /^refs\/heads\/(.+)$/.exec(req.body?.ref ?? '')?.[1];
        if (!branch) {
          throw new ApiError(422, `${req.body?.ref} is not a valid ref name.`);
        }
        if (git.branches.has(branch)) {
          throw new ApiError(422, 'Reference already exists');
        }
        git.setBranch(branch, req.body.sha, false);
        return ok(refJson(branch), 201);
      },
    ],
    [
      'PATCH',
      /^\/git\/refs\/heads\/(.+)$/,
      (req, m) => {
        if (!git.branches.has(m[1])) {
          throw new ApiError(422, 'Reference does not exist');
        }
        git.setBranch(m[1], req.body?.sha, req.body?.force === true);
        return ok(refJson(m[1]));
      },
    ],
    [
      // HEAD is how the plugin checks that a file of `filesToDelete` exists before deleting it.
      'GET|HEAD',
      /^\/contents\/(.+)$/,
      (req, m) => {
        const entry = git.tree(commitOf(req.query.ref).tree).get(m[1]);
        if (!entry) throw new ApiError(404, 'Not Found');
        const content = git.blob(entry.sha)!;
        return ok({
          type: 'file',
          name: m[1].split('/').pop(),
          path: m[1],
          sha: entry.sha,
          size: content.length,
          encoding: 'base64',
          content: content.toString('base64'),
        });
      },
    ],
  ];
}
