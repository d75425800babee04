import { InputError } from '@backstage/errors';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { refsOf } from '../__testUtils__/gitRepositories';
import { UNIT, usePushBranchHarness } from '../__testUtils__/pushBranchHarness';

describe('llmd:gitops:push-branch refuses, pushing nothing,', () => {
  const harness = usePushBranchHarness();
  const { workspace, push } = harness;
  let remote: string;
  let root: string;
  beforeEach(() => {
    remote = harness.remote();
    root = harness.root();
    workspace.setContent({
      [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 2\n',
    });
  });

  /** Runs the action expecting an InputError and returns its message; fails if any ref of the remote moved. */
  async function refusal(...args: Parameters<typeof push>): Promise<string> {
    const refs = refsOf(remote);
    const error = await push(...args).then(
      () => new Error('the push was not refused'),
      e => e,
    );
    if (refsOf(remote) !== refs) throw new Error('a refused push moved a ref');
    if (!(error instanceof InputError)) throw error;
    return error.message;
  }

  it.each([
    [
      'a branch name with a space',
      { branchName: 'llmd/a b' },
      "branchName 'llmd/a b': must not contain spaces",
    ],
    [
      'a branch name with ..',
      { branchName: 'llmd/../x' },
      "branchName 'llmd/../x': must not contain '..'",
    ],
    [
      'a branch name ending in .lock',
      { branchName: 'llmd/x.lock' },
      "must not have a component ending with '.lock'",
    ],
    [
      'a branch name ending in /',
      { branchName: 'llmd/' },
      "must not start or end with '/'",
    ],
    [
      'a unit climbing out',
      { units: ['../outside'] },
      "units[0] '../outside': must not contain '..'",
    ],
    [
      'an absolute unit',
      { units: ['/etc'] },
      "units[0] '/etc': must be relative to the repository root",
    ],
    [
      'the root as unit',
      { units: ['.'] },
      'must name a directory below the repository root',
    ],
    [
      'a sourcePath climbing out',
      { sourcePath: '../' },
      "sourcePath '../': must stay inside the workspace",
    ],
    [
      'an absolute sourcePath',
      { sourcePath: '/etc' },
      "sourcePath '/etc': must be relative to the workspace",
    ],
    [
      'a missing targetBranch',
      { targetBranch: 'nope' },
      `targetBranch 'nope': no such branch in`,
    ],
    [
      'a repository on disk other than the configured one',
      { remoteUrl: '/nonexistent/x.git' },
      'only allowed when it is llmd.gitops.repoUrl',
    ],
    [
      'an ssh remote',
      { remoteUrl: 'git@github.com:o/r.git' },
      'looks like a forge or ssh address',
    ],
    // issue 22: a template pushing straight onto the target branch, in every spelling
    [
      'the target branch itself',
      { branchName: 'main' },
      "branchName 'main': must not be the target branch 'main'",
    ],
    [
      'the target branch as refs/heads/',
      { branchName: 'refs/heads/main' },
      "branchName 'refs/heads/main': must not be the target branch 'main'",
    ],
    [
      'a target branch named as refs/heads/',
      { branchName: 'main', targetBranch: 'refs/heads/main' },
      'must not be the target branch',
    ],
    // issue 22: a template naming an http remote no integration covers (here: a cloud metadata address)
    [
      'an http remote on a host without integration',
      { remoteUrl: 'http://169.254.169.254/latest/gitops.git' },
      "remoteUrl 'http://169.254.169.254/latest/gitops.git': host 169.254.169.254 is no configured integration",
    ],
  ])('%s', async (_name, input, message) => {
    expect(await refusal(input)).toContain(message);
  });

  it('with a configured remote that is no repository', async () => {
    expect(
      await refusal(
        {},
        { config: { llmd: { gitops: { repoUrl: '/nonexistent/x.git' } } } },
      ),
    ).toContain('not a bare git repository');
  });

  it('without a remote', async () => {
    expect(await refusal({}, { config: {} })).toBe(
      'remoteUrl: not given, and llmd.gitops.repoUrl is not configured',
    );
  });

  it('files at the source root without units', async () => {
    workspace.addContent({ 'catalog-info.yaml': 'kind: Component\n' });
    expect(await refusal({})).toMatch(
      /sourcePath holds files at its root \(catalog-info\.yaml\)/,
    );
  });

  it('a symlink inside a unit', async () => {
    symlinkSync('/etc/hostname', workspace.resolve(UNIT, 'host.yaml'));
    expect(await refusal({})).toBe(
      `unit '${UNIT}' holds symlinks or special files, which are not pushed: ${UNIT}/host.yaml`,
    );
  });

  it('a sourcePath leading out through a symlink', async () => {
    const outside = join(root, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, workspace.resolve('linked'));
    expect(await refusal({ sourcePath: 'linked' })).toBe(
      "sourcePath 'linked': leads out of the workspace through a symlink",
    );
  });
});
