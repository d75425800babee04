import {
  ApiError,
  type FakeGithubRepo,
  type FakePullRequest,
  ok,
  type RecordedGithubRequest,
  type Reply,
  type RepoRoute,
} from './fakeGithubRoutes';

const invalidField = (field: string) => ({
  resource: 'PullRequest',
  field,
  code: 'invalid',
});

/** The open pull request of a head branch (into `base`, when given). */
function openPullRequestFor(
  repo: FakeGithubRepo,
  head: string,
  base?: string,
): FakePullRequest | undefined {
  return repo.pullRequests.find(
    p => p.state === 'open' && p.head === head && (!base || p.base === base),
  );
}

/** The pull request routes of a fake repository: list, create, get, update, reviewers and assignees. */
export function pullRoutes(repo: FakeGithubRepo): RepoRoute[] {
  const { git, pullRequests } = repo;

  const pullJson = (pr: FakePullRequest) => ({
    id: pr.number,
    node_id: `PR_${pr.number}`,
    number: pr.number,
    state: pr.state,
    draft: pr.draft,
    title: pr.title,
    body: pr.body,
    url: repo.apiUrl(`/pulls/${pr.number}`),
    html_url: pr.htmlUrl,
    head: {
      label: `${pr.headOwner}:${pr.head}`,
      ref: pr.head,
      sha: git.branches.get(pr.head),
    },
    base: {
      label: `${repo.owner}:${pr.base}`,
      ref: pr.base,
      sha: git.branches.get(pr.base),
    },
    requested_reviewers: pr.reviewers.map(login => ({ login })),
    requested_teams: pr.teamReviewers.map(slug => ({ slug })),
    assignees: pr.assignees.map(login => ({ login })),
  });
  const pullOf = (n: string) => {
    const pr = pullRequests.find(p => p.number === Number(n));
    if (!pr) throw new ApiError(404, 'Not Found');
    return pr;
  };

  const create = (req: RecordedGithubRequest): Reply => {
    const { title, body = '', base, draft = false } = req.body ?? {};
    const qualified = String(req.body?.head);
    const [headOwner, head] = qualified.includes(':')
      ? qualified.split(':', 2)
      : [repo.owner, qualified];
    const invalid = [
      !git.branches.has(head) && 'head',
      !git.branches.has(base) && 'base',
      !title && 'title',
    ].filter((field): field is string => !!field);
    if (invalid.length) {
      throw new ApiError(422, 'Validation Failed', invalid.map(invalidField));
    }
    if (openPullRequestFor(repo, head, base)) {
      throw new ApiError(422, 'Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${headOwner}:${head}.`,
        },
      ]);
    }
    const number = pullRequests.length + 1;
    const pr: FakePullRequest = {
      number,
      title,
      body,
      head,
      headOwner,
      base,
      draft,
      state: 'open',
      htmlUrl: repo.webUrl(`/pull/${number}`),
      reviewers: [],
      teamReviewers: [],
      assignees: [],
    };
    pullRequests.push(pr);
    return ok(pullJson(pr), 201);
  };

  const update = (req: RecordedGithubRequest, pr: FakePullRequest): Reply => {
    // `head` is ignored, as GitHub does: a pull request's head branch never changes.
    const { title, body, base, state } = req.body ?? {};
    if (base !== undefined && !git.branches.has(base)) {
      throw new ApiError(422, 'Validation Failed', [invalidField('base')]);
    }
    if (title !== undefined) pr.title = title;
    if (body !== undefined) pr.body = body;
    if (base !== undefined) pr.base = base;
    if (state !== undefined) pr.state = state;
    return ok(pullJson(pr));
  };

  return [
    [
      'GET',
      /^\/pulls$/,
      req => {
        const { base, state = 'open' } = req.query;
        const head = req.query.head?.replace(/^[^:]*:/, '');
        const matches = (p: FakePullRequest) =>
          (state === 'all' || p.state === state) &&
          (!head || p.head === head) &&
          (!base || p.base === base);
        return ok(pullRequests.filter(matches).map(pullJson));
      },
    ],
    ['POST', /^\/pulls$/, create],
    ['GET', /^\/pulls\/(\d+)$/, (_req, m) => ok(pullJson(pullOf(m[1])))],
    ['PATCH', /^\/pulls\/(\d+)$/, (req, m) => update(req, pullOf(m[1]))],
    [
      'POST',
      /^\/pulls\/(\d+)\/requested_reviewers$/,
      (req, m) => {
        const pr = pullOf(m[1]);
        pr.reviewers.push(...(req.body?.reviewers ?? []));
        pr.teamReviewers.push(...(req.body?.team_reviewers ?? []));
        return ok(pullJson(pr), 201);
      },
    ],
    [
      'POST',
      /^\/issues\/(\d+)\/assignees$/,
      (req, m) => {
        const pr = pullOf(m[1]);
        pr.assignees.push(...(req.body?.assignees ?? []));
        const assignees = pr.assignees.map(login => ({ login }));
        return ok({ number: pr.number, assignees }, 201);
      },
    ],
  ];
}

/**
 * The one GraphQL query of octokit-plugin-create-pull-request: does the head branch exist, and which open pull
 * request is associated with it? Anything else is answered with a GraphQL error and `undefined` is returned for
 * the caller to record it as unhandled.
 */
export function answerGraphql(
  repo: FakeGithubRepo,
  req: RecordedGithubRequest,
): Reply | undefined {
  const { query = '', variables = {} } = req.body ?? {};
  if (!String(query).includes('associatedPullRequests')) return undefined;
  if (variables.owner !== repo.owner || variables.repo !== repo.repo) {
    const name = `${variables.owner}/${variables.repo}`;
    return ok({
      data: { repository: null },
      errors: [
        {
          type: 'NOT_FOUND',
          message: `Could not resolve to a Repository with the name '${name}'.`,
        },
      ],
    });
  }
  const branch = String(variables.head).replace(/^refs\/heads\//, '');
  const pr = openPullRequestFor(repo, branch);
  const edges = pr
    ? [{ node: { id: `PR_${pr.number}`, number: pr.number, url: pr.htmlUrl } }]
    : [];
  const ref = repo.git.branches.has(branch)
    ? { associatedPullRequests: { edges } }
    : null;
  return ok({ data: { repository: { ref } } });
}
