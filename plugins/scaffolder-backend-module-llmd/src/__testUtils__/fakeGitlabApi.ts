import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GITLAB_ERRORS,
  mergeRequestResponse,
  projectResponse,
} from './gitlabApiFixtures';

/** A merge request the fake holds. */
export interface FakeMergeRequest {
  iid: number;
  title: string;
  description: string;
  state: 'opened' | 'closed' | 'merged';
  sourceBranch: string;
  targetBranch: string;
}

/** One request the fake received. */
export interface RecordedGitlabRequest {
  method: string;
  /** Path and query as sent (the project path stays URL-encoded). */
  url: string;
  body?: unknown;
}

/** A running fake GitLab REST API on 127.0.0.1. */
export interface FakeGitlabApi {
  /** For `integrations.gitlab[].apiBaseUrl`: `http://127.0.0.1:<port>/api/v4`. */
  readonly apiBaseUrl: string;
  readonly requests: RecordedGitlabRequest[];
  readonly mergeRequests: FakeMergeRequest[];
  close(): Promise<void>;
}

/**
 * Starts a fake of the GitLab REST API endpoints the GitLab publish path uses — `GET /projects/:id`,
 * `GET|POST /projects/:id/merge_requests`, `PUT /projects/:id/merge_requests/:iid` — answering with the shapes of
 * {@link ./gitlabApiFixtures} (GitLab's documented responses and errors), for one project. The git side is a real
 * git http server (see `startGitHttpServer`); `branchHead` lets the fake report a merge request's `sha`.
 */
export async function startFakeGitlabApi(options: {
  projectPath: string;
  token: string;
  /** Base of the `web_url`s returned. */
  webBaseUrl: string;
  defaultBranch?: string;
  branchHead?: (branch: string) => string | undefined;
}): Promise<FakeGitlabApi> {
  const projectId = 42;
  const requests: RecordedGitlabRequest[] = [];
  const mergeRequests: FakeMergeRequest[] = [];
  const stamp = '2026-01-01T00:00:00.000Z';
  const asResponse = (mr: FakeMergeRequest) =>
    mergeRequestResponse({
      id: 1000 + mr.iid,
      iid: mr.iid,
      projectId,
      projectPath: options.projectPath,
      webBaseUrl: options.webBaseUrl,
      title: mr.title,
      description: mr.description,
      state: mr.state,
      sourceBranch: mr.sourceBranch,
      targetBranch: mr.targetBranch,
      sha: options.branchHead?.(mr.sourceBranch) ?? null,
      createdAt: stamp,
      updatedAt: stamp,
    });

  const route = (
    method: string,
    url: URL,
    body: Record<string, unknown>,
  ): [number, unknown] => {
    const match = url.pathname.match(
      /^\/api\/v4\/projects\/([^/]+)(\/merge_requests(?:\/(\d+))?)?$/,
    );
    if (!match) return [404, GITLAB_ERRORS.notFound];
    const id = decodeURIComponent(match[1]);
    if (id !== options.projectPath && id !== String(projectId)) {
      return [404, GITLAB_ERRORS.projectNotFound];
    }
    const [, , mrs, iid] = match;
    if (!mrs && method === 'GET') {
      return [
        200,
        projectResponse({
          id: projectId,
          pathWithNamespace: options.projectPath,
          defaultBranch: options.defaultBranch ?? 'main',
          webBaseUrl: options.webBaseUrl,
        }),
      ];
    }
    if (mrs && !iid && method === 'GET') {
      const q = url.searchParams;
      const found = mergeRequests.filter(
        mr =>
          (!q.get('state') ||
            q.get('state') === 'all' ||
            mr.state === q.get('state')) &&
          (!q.get('source_branch') ||
            mr.sourceBranch === q.get('source_branch')) &&
          (!q.get('target_branch') ||
            mr.targetBranch === q.get('target_branch')),
      );
      // GitLab's default order: created_at desc.
      return [200, found.reverse().map(asResponse)];
    }
    if (mrs && !iid && method === 'POST') {
      const missing = ['source_branch', 'target_branch', 'title'].filter(
        name => typeof body[name] !== 'string' || !body[name],
      );
      if (missing.length > 0) {
        return [400, GITLAB_ERRORS.missingAttributes(missing)];
      }
      const open = mergeRequests.find(
        mr =>
          mr.state === 'opened' &&
          mr.sourceBranch === body.source_branch &&
          mr.targetBranch === body.target_branch,
      );
      if (open) return [409, GITLAB_ERRORS.openMergeRequestExists(open.iid)];
      const mr: FakeMergeRequest = {
        iid: mergeRequests.length + 1,
        title: String(body.title),
        description: String(body.description ?? ''),
        state: 'opened',
        sourceBranch: String(body.source_branch),
        targetBranch: String(body.target_branch),
      };
      mergeRequests.push(mr);
      return [201, asResponse(mr)];
    }
    if (iid && method === 'PUT') {
      const mr = mergeRequests.find(m => m.iid === Number(iid));
      if (!mr) return [404, GITLAB_ERRORS.notFound];
      if (typeof body.title === 'string') mr.title = body.title;
      if (typeof body.description === 'string') {
        mr.description = body.description;
      }
      return [200, asResponse(mr)];
    }
    return [404, GITLAB_ERRORS.notFound];
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? JSON.parse(text) : {};
      requests.push({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        ...(text ? { body } : {}),
      });
      const authorized =
        req.headers['private-token'] === options.token ||
        req.headers.authorization === `Bearer ${options.token}`;
      const [status, payload] = authorized
        ? route(
            req.method ?? 'GET',
            new URL(req.url ?? '/', 'http://127.0.0.1'),
            body,
          )
        : [401, GITLAB_ERRORS.unauthorized];
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBaseUrl: `http://127.0.0.1:${port}/api/v4`,
    requests,
    mergeRequests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}
