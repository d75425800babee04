import http from 'node:http';
import type { Socket } from 'node:net';
import {
  type FakeCommit,
  FakeGitRepository,
  GitObjectError,
} from './FakeGitRepository';
import { gitRoutes } from './fakeGithubGitRoutes';
import { answerGraphql, pullRoutes } from './fakeGithubPullRoutes';
import {
  ApiError,
  type FakeGithubRepo,
  type FakePullRequest,
  ok,
  type RecordedGithubRequest,
  type Reply,
} from './fakeGithubRoutes';

export type { FakeCommit } from './FakeGitRepository';
export type {
  FakePullRequest,
  RecordedGithubRequest,
} from './fakeGithubRoutes';

/** What {@link startFakeGithubApi} serves: one repository with one commit on its default branch. */
export interface FakeGithubApiOptions {
  readonly owner: string;
  readonly repo: string;
  /** Default `main`. */
  readonly defaultBranch?: string;
  /** The files of the initial commit, by repo-relative path. */
  readonly files?: Record<string, string>;
  /** When set, a request without `Authorization: token <token>` (or `Bearer`) gets GitHub's 401. */
  readonly token?: string;
  /** Base of the `html_url`s returned (e.g. `https://ghe.localhost`); default the server's own origin. */
  readonly webBaseUrl?: string;
}

/** A running fake GitHub API on 127.0.0.1. */
export interface FakeGithubApi {
  /** For `integrations.github[].apiBaseUrl`; it ends in `/api/v3` like GitHub Enterprise's. */
  readonly apiBaseUrl: string;
  /** Every request, in arrival order (a test may empty it between steps). */
  readonly requests: RecordedGithubRequest[];
  /** Requests no route implements; each was answered 404 with a message naming it. */
  readonly unhandled: RecordedGithubRequest[];
  /** Every pull request created, in order; `number` is the index plus one. */
  readonly pullRequests: FakePullRequest[];
  /** The files of a branch (or commit sha) by repo-relative path, decoded as UTF-8. Throws for no such branch. */
  filesOnBranch(branch: string): Record<string, string>;
  /** The head commit of a branch (or a commit by sha): message, author, parents, tree. */
  headCommit(branch: string): FakeCommit | undefined;
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on a random 127.0.0.1 port that answers the GitHub calls of `publish:github:pull-request`
 * (octokit-plugin-create-pull-request) with responses shaped like GitHub's: the repository, commits, git
 * blobs/trees/commits/refs, the GraphQL lookup of a branch's open pull request, pulls, reviewers, assignees and
 * contents. Other requests get a 404 naming them and land in `unhandled`. It knows nothing of jest, so a backend
 * from `startTestBackend` can reach it through its integrations config as well. Always `close()` it.
 *
 * @example
 * ```ts
 * const api = await startFakeGithubApi({ owner: 'o', repo: 'gitops', files: { 'README.md': '# GitOps\n' } });
 * // integrations.github: [{ host: 'ghe.localhost', apiBaseUrl: api.apiBaseUrl, token: 't' }]
 * // ... run the action with repoUrl 'ghe.localhost?owner=o&repo=gitops'
 * expect(api.pullRequests[0].title).toBe('...');
 * await api.close();
 * ```
 */
export async function startFakeGithubApi(
  options: FakeGithubApiOptions,
): Promise<FakeGithubApi> {
  const { owner, repo: name, defaultBranch = 'main', token } = options;
  const requests: RecordedGithubRequest[] = [];
  const unhandled: RecordedGithubRequest[] = [];
  let origin = '';
  const repo: FakeGithubRepo = {
    owner,
    repo: name,
    defaultBranch,
    git: new FakeGitRepository(defaultBranch, options.files ?? {}),
    pullRequests: [],
    apiUrl: path => `${origin}/api/v3/repos/${owner}/${name}${path}`,
    webUrl: path => `${options.webBaseUrl ?? origin}/${owner}/${name}${path}`,
  };
  const routes = [...gitRoutes(repo), ...pullRoutes(repo)];

  const route = (req: RecordedGithubRequest): Reply => {
    const presented = req.authorization?.replace(/^(token|bearer) /i, '');
    if (token && presented !== token) {
      throw new ApiError(401, 'Bad credentials');
    }
    const graphql =
      req.method === 'POST' && req.path === '/graphql'
        ? answerGraphql(repo, req)
        : undefined;
    if (graphql) return graphql;
    const scoped = /^\/repos\/([^/]+)\/([^/]+)(.*)$/.exec(req.path);
    if (scoped && (scoped[1] !== owner || scoped[2] !== name)) {
      throw new ApiError(404, 'Not Found');
    }
    for (const [methods, pattern, handle] of scoped ? routes : []) {
      const match = pattern.exec(scoped![3]);
      if (match && methods.split('|').includes(req.method)) {
        return handle(req, match);
      }
    }
    unhandled.push(req);
    throw new ApiError(
      404,
      `fake GitHub API: no handler for ${req.method} ${req.path}`,
    );
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', chunk => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', origin);
      const text = Buffer.concat(chunks).toString('utf8');
      const req: RecordedGithubRequest = {
        method: request.method ?? 'GET',
        // Both GitHub Enterprise roots (`/api/v3`, `/api/graphql`) and github.com's (`/`) are served.
        path: decodeURIComponent(url.pathname).replace(/^\/api(\/v3)?\//, '/'),
        query: Object.fromEntries(url.searchParams),
        body: parseJson(text),
        authorization: request.headers.authorization,
      };
      requests.push(req);
      const reply = replyOf(() => route(req));
      response.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...reply.headers,
      });
      response.end(
        req.method === 'HEAD' ? undefined : JSON.stringify(reply.body),
      );
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  let closing: Promise<void> | undefined;
  return {
    apiBaseUrl: `${origin}/api/v3`,
    requests,
    unhandled,
    pullRequests: repo.pullRequests,
    filesOnBranch: branch =>
      Object.fromEntries(
        Object.entries(repo.git.files(branch)).map(([path, bytes]) => [
          path,
          bytes.toString('utf8'),
        ]),
      ),
    headCommit: branch => repo.git.resolve(branch),
    close() {
      closing ??= new Promise<void>(resolve => {
        server.close(() => resolve());
        // fetch keeps connections alive; close() alone would wait for them to idle out.
        sockets.forEach(socket => socket.destroy());
      });
      return closing;
    },
  };
}

// A body that is not JSON is kept as text, so the recording shows what arrived.
function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// Errors become GitHub's error body. Only bugs of the fake answer 500, which octokit retries (slowly), so
// everything a client can cause is a 4xx.
function replyOf(handle: () => Reply): Reply {
  try {
    return handle();
  } catch (e) {
    let status = 500;
    if (e instanceof ApiError) status = e.status;
    else if (e instanceof GitObjectError) status = 422;
    const errors = e instanceof ApiError ? e.errors : undefined;
    const message = e instanceof Error ? e.message : String(e);
    const documentation_url = 'https://docs.github.com/rest';
    return ok({ message, errors, documentation_url }, status);
  }
}
