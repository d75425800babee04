import type { FakeGitRepository } from './FakeGitRepository';

/** One request the fake received; `path` is decoded and relative to the API root (`/repos/o/r/...`, `/graphql`). */
export interface RecordedGithubRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: any;
  readonly authorization?: string;
}

/** A pull request as the fake keeps it. `head` and `base` are branch names. */
export interface FakePullRequest {
  readonly number: number;
  title: string;
  body: string;
  readonly head: string;
  readonly headOwner: string;
  base: string;
  draft: boolean;
  state: 'open' | 'closed';
  readonly htmlUrl: string;
  readonly reviewers: string[];
  readonly teamReviewers: string[];
  readonly assignees: string[];
}

/** The one repository a fake serves, shared by its routes. */
export interface FakeGithubRepo {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly git: FakeGitRepository;
  readonly pullRequests: FakePullRequest[];
  /** An API URL under the repository (`path` starts with `/` or is empty). */
  apiUrl(path: string): string;
  /** A web (`html_url`) URL under the repository. */
  webUrl(path: string): string;
}

/** An HTTP answer of the fake. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * A route under `/repos/{owner}/{repo}`: methods separated by `|`, a pattern matched against the rest of the
 * path, and a handler that returns a {@link Reply} or throws an {@link ApiError}.
 */
export type RepoRoute = readonly [
  methods: string,
  pattern: RegExp,
  handle: (req: RecordedGithubRequest, match: RegExpMatchArray) => Reply,
];

/** An error GitHub would answer with `status` and `{ message, errors }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

/** A JSON reply. */
export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}
