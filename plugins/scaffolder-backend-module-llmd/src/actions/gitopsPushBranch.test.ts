import type { JsonValue } from '@backstage/config';
import { filesOf, gitIn, refsOf } from '../__testUtils__/gitRepositories';
import {
  BRANCH,
  UNIT,
  usePushBranchHarness,
} from '../__testUtils__/pushBranchHarness';

describe('llmd:gitops:push-branch (bare repository)', () => {
  const harness = usePushBranchHarness();
  const { workspace, push } = harness;
  let remote: string;
  beforeEach(() => {
    remote = harness.remote();
  });

  const head = (ref: string) => gitIn(remote, 'rev-parse', ref);

  it('pushes a new branch from targetBranch, replacing the unit as a whole', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
      [`${UNIT}/access.yaml`]: 'kind: Role\n',
    });
    const main = head('main');

    const { outputs, logs } = await push({});

    expect(outputs).toEqual({
      branchName: BRANCH,
      remoteUrl: remote,
      commitHash: head(BRANCH),
      updated: false,
    });
    expect(filesOf(remote, BRANCH)).toEqual([
      'README.md',
      'tenants/team-a/base/namespace.yaml',
      `${UNIT}/access.yaml`,
      `${UNIT}/llminferenceservice.yaml`,
      'tenants/team-a/models/other/llminferenceservice.yaml',
    ]);
    expect(
      gitIn(remote, 'show', `${BRANCH}:${UNIT}/llminferenceservice.yaml`),
    ).toBe('replicas: 2');
    expect(head(`${BRANCH}^@`)).toBe(main);
    expect(
      gitIn(remote, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', BRANCH),
    ).toBe(
      `llm-d portal <llmd-portal@localhost>|llm-d portal <llmd-portal@localhost>|Update ${UNIT}`,
    );
    // Only the branch moved: main and the remote's HEAD are untouched.
    expect(head('main')).toBe(main);
    expect(gitIn(remote, 'symbolic-ref', 'HEAD')).toBe('refs/heads/main');
    expect(() =>
      gitIn(remote, 'fsck', '--strict', '--no-dangling'),
    ).not.toThrow();
    expect(logs).toEqual(
      expect.arrayContaining([
        `info: Resolving remote ${remote}: bare repository on disk`,
        `info: Base commit ${main}: new branch ${BRANCH} from main`,
        'info: Files changed: 3',
        `info: Pushed commit ${head(BRANCH)} to branch ${BRANCH} of ${remote}`,
      ]),
    );
  });

  it('re-running with changed files adds a commit on top of the branch', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
      [`${UNIT}/access.yaml`]: 'kind: Role\n',
    });
    const first = (await push({})).outputs.commitHash;
    workspace.clear();
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 3\n',
    });

    const { outputs } = await push({ commitMessage: 'Scale granite-8b' });

    expect(outputs.updated).toBe(true);
    expect(outputs.commitHash).toBe(head(BRANCH));
    expect(outputs.commitHash).not.toBe(first);
    expect(head(`${BRANCH}^@`)).toBe(first);
    expect(gitIn(remote, 'log', '-1', '--format=%s', BRANCH)).toBe(
      'Scale granite-8b',
    );
    expect(filesOf(remote, `${BRANCH}:${UNIT}`)).toEqual([
      'llminferenceservice.yaml',
    ]);
    // Everything outside the unit is main's, object for object.
    for (const path of [
      'README.md',
      'tenants/team-a/base',
      'tenants/team-a/models/other',
    ]) {
      expect(head(`${BRANCH}:${path}`)).toBe(head(`main:${path}`));
    }
  });

  it('makes no commit when the units already match the branch', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
    });
    const first = await push({});
    const refs = refsOf(remote);

    const again = await push({});

    expect(refsOf(remote)).toBe(refs);
    expect(again.outputs).toEqual({ ...first.outputs, updated: true });
    expect(again.logs).toContain(
      `info: Branch ${BRANCH} already up to date at ${first.outputs.commitHash}`,
    );
  });

  it('does not push again when a retried task finds its checkpoint', async () => {
    const checkpoints = new Map<string, JsonValue | void>();
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
    });
    const first = await push({}, { checkpoints });
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 5\n',
    });

    const retried = await push({}, { checkpoints });

    expect(retried.outputs).toEqual(first.outputs);
    expect(head(BRANCH)).toBe(first.outputs.commitHash);
    expect([...checkpoints.keys()]).toEqual([
      expect.stringMatching(
        /^llmd\.push-branch\.llmd\/model\/team-a\/granite-8b\.[0-9a-f]{12}$/,
      ),
    ]);
  });

  it('takes the author, units, sourcePath and targetBranch from input', async () => {
    gitIn(remote, 'branch', 'release', 'main');
    workspace.setContent({
      'notes.txt': 'not in the repository',
      repo: {
        'platform/gateways/shared/gateway.yaml': 'kind: Gateway\n',
        'tenants/team-a/base/extra.yaml': 'outside the units: not pushed\n',
      },
    });

    const { outputs, logs } = await push({
      sourcePath: 'repo',
      targetBranch: 'release',
      // The granite unit is not in the workspace: the branch drops it.
      units: ['./platform/gateways/shared/', UNIT],
      gitAuthorName: 'Jane',
      gitAuthorEmail: 'jane@example.com',
    });

    expect(outputs.updated).toBe(false);
    expect(head(`${BRANCH}^@`)).toBe(head('release'));
    expect(filesOf(remote, BRANCH)).toEqual([
      'README.md',
      'platform/gateways/shared/gateway.yaml',
      'tenants/team-a/base/namespace.yaml',
      'tenants/team-a/models/other/llminferenceservice.yaml',
    ]);
    expect(gitIn(remote, 'log', '-1', '--format=%an <%ae>', BRANCH)).toBe(
      'Jane <jane@example.com>',
    );
    expect(logs).toEqual(
      expect.arrayContaining([
        'warn: Not pushed, outside every unit: tenants/team-a/base/extra.yaml',
        `info: Unit ${UNIT}: no files in the workspace, the branch will not have it`,
      ]),
    );
  });

  it('pushes nothing in a dry run', async () => {
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
    });
    const refs = refsOf(remote);

    const { outputs, logs } = await push({}, { isDryRun: true });

    expect(outputs).toEqual({
      branchName: BRANCH,
      remoteUrl: remote,
      commitHash: 'dry-run',
      updated: false,
    });
    expect(refsOf(remote)).toBe(refs);
    expect(logs.join('\n')).toContain('Dry run: would push 1 unit(s)');
  });
});
