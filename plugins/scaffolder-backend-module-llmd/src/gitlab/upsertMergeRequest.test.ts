import { mockServices } from '@backstage/backend-test-utils';
import {
  type FakeGitlabApi,
  startFakeGitlabApi,
} from '../__testUtils__/fakeGitlabApi';
import { upsertMergeRequest } from './upsertMergeRequest';

const TOKEN = 'glpat-fake';
const SPEC = {
  sourceBranch: 'llmd/tenant/team-a/team-a',
  targetBranch: 'main',
  title: 'llm-d: tenant team-a',
  description: 'Render',
};

describe('upsertMergeRequest', () => {
  let gitlab: FakeGitlabApi;
  let target: { apiBaseUrl: string; project: string; token: string };

  beforeEach(async () => {
    gitlab = await startFakeGitlabApi({
      projectPath: 'platform/gitops',
      token: TOKEN,
      webBaseUrl: 'https://gitlab.localhost',
    });
    target = {
      apiBaseUrl: gitlab.apiBaseUrl,
      project: 'platform/gitops',
      token: TOKEN,
    };
  });
  afterEach(() => gitlab.close());

  it('ends with one open merge request when runs create it at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        upsertMergeRequest(
          target,
          { ...SPEC, description: `Render ${i}` },
          mockServices.logger.mock(),
        ),
      ),
    );

    expect(gitlab.mergeRequests).toHaveLength(1);
    expect(new Set(results.map(r => r.iid))).toEqual(new Set([1]));
    expect(results.filter(r => r.created)).toHaveLength(1);
    expect(gitlab.mergeRequests[0].description).toMatch(/^Render \d$/);
  });

  it('leaves a merge request on another target branch alone', async () => {
    await upsertMergeRequest(
      target,
      { ...SPEC, targetBranch: 'release' },
      mockServices.logger.mock(),
    );

    const result = await upsertMergeRequest(
      target,
      SPEC,
      mockServices.logger.mock(),
    );

    expect(result).toEqual({
      iid: 2,
      webUrl: 'https://gitlab.localhost/platform/gitops/-/merge_requests/2',
      created: true,
    });
  });

  it("says GitLab's refusal in words", async () => {
    await expect(
      upsertMergeRequest(
        { ...target, project: 'platform/nope' },
        SPEC,
        mockServices.logger.mock(),
      ),
    ).rejects.toThrow(
      'GitLab answered GET /projects/platform/nope/merge_requests with 404: 404 Project Not Found',
    );
  });
});
