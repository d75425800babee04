import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createBareRepository,
  filesOf,
  gitIn,
} from '../__testUtils__/gitRepositories';
import { commitToBareRepository } from './commitToBareRepository';
import type { PushBranchRequest, UnitFile } from './pushBranchRequest';

function file(path: string, content: string, executable = false): UnitFile {
  return { path, content: Buffer.from(content), executable };
}

function request(units: [string, UnitFile[]][]): PushBranchRequest {
  return {
    branchName: 'llmd/test',
    targetBranch: 'main',
    units: new Map(units),
    commitMessage: 'Test',
    author: { name: 'llm-d portal', email: 'llmd-portal@localhost' },
    logger: mockServices.logger.mock(),
  };
}

describe('commitToBareRepository', () => {
  let root: string;
  let remote: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'llmd-bare-commit-'));
    // Names git sorts specially in trees: `x-y` < `x.yaml` < `x/` < `x0`.
    remote = createBareRepository(root, {
      'd/x-y': '1',
      'd/x.yaml': '2',
      'd/x/keep.yaml': '3',
      'd/x0': '4',
      'file-in-the-way': '5',
    });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes trees git accepts, with modes, nested directories and new paths', async () => {
    const result = await commitToBareRepository(
      remote,
      request([
        [
          'd/x/new',
          [
            file('d/x/new/run.sh', '#!/bin/sh\n', true),
            file('d/x/new/deep/a.yaml', 'a'),
          ],
        ],
        ['brand/new/unit', [file('brand/new/unit/b.yaml', 'b')]],
      ]),
    );

    expect(() =>
      gitIn(remote, 'fsck', '--strict', '--no-dangling'),
    ).not.toThrow();
    expect(filesOf(remote, 'llmd/test')).toEqual([
      'brand/new/unit/b.yaml',
      'd/x-y',
      'd/x.yaml',
      'd/x/keep.yaml',
      'd/x/new/deep/a.yaml',
      'd/x/new/run.sh',
      'd/x0',
      'file-in-the-way',
    ]);
    expect(gitIn(remote, 'ls-tree', 'llmd/test', 'd/x/new/run.sh')).toMatch(
      /^100755 blob /,
    );
    expect(result.changedFiles).toEqual([
      'brand/new/unit/b.yaml',
      'd/x/new/deep/a.yaml',
      'd/x/new/run.sh',
    ]);
  });

  it('removes a unit that has no files, leaving no empty directories', async () => {
    const result = await commitToBareRepository(remote, request([['d/x', []]]));
    expect(filesOf(remote, 'llmd/test')).toEqual([
      'd/x-y',
      'd/x.yaml',
      'd/x0',
      'file-in-the-way',
    ]);
    expect(result.changedFiles).toEqual(['d/x/keep.yaml']);
  });

  it('creates no branch when nothing changes', async () => {
    const result = await commitToBareRepository(
      remote,
      request([['absent', []]]),
    );
    expect(result).toEqual({
      commitHash: gitIn(remote, 'rev-parse', 'main'),
      updated: false,
      changedFiles: [],
    });
    expect(() => gitIn(remote, 'rev-parse', '--verify', 'llmd/test')).toThrow();
  });

  it('refuses a unit below a file of the repository', async () => {
    await expect(
      commitToBareRepository(
        remote,
        request([['file-in-the-way/u', [file('file-in-the-way/u/a', 'a')]]]),
      ),
    ).rejects.toThrow(
      new InputError(
        "unit 'file-in-the-way/u': 'file-in-the-way' is a file in the repository, not a directory",
      ),
    );
  });

  it('rebuilds its commit on the new head when another writer moves the branch meanwhile', async () => {
    const logger = mockServices.logger.mock();
    const req = { ...request([['d/x', [file('d/x/mine.yaml', 'm')]]]), logger };
    let moved = '';
    // Between reading the heads and swapping the ref, git itself commits to the branch.
    logger.info.mockImplementation(message => {
      if (moved || !String(message).startsWith('Files changed')) return;
      gitIn(remote, 'branch', 'llmd/test', 'main');
      const tree = gitIn(remote, 'rev-parse', 'main^{tree}');
      moved = gitIn(remote, 'commit-tree', tree, '-p', 'main', '-m', 'Theirs');
      gitIn(remote, 'update-ref', 'refs/heads/llmd/test', moved);
    });

    const result = await commitToBareRepository(remote, req);

    expect(
      gitIn(remote, 'log', '--format=%s', 'llmd/test').split('\n'),
    ).toEqual(['Test', 'Theirs', 'Seed']);
    expect(gitIn(remote, 'rev-parse', 'llmd/test^')).toBe(moved);
    expect(result).toEqual({
      commitHash: gitIn(remote, 'rev-parse', 'llmd/test'),
      updated: true,
      changedFiles: ['d/x/keep.yaml', 'd/x/mine.yaml'],
    });
  });

  it('gives up with a clear error when the branch stays locked', async () => {
    const lock = join(remote, 'refs', 'heads', 'llmd', 'test.lock');
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, '');

    await expect(
      commitToBareRepository(remote, request([['d/x', []]]), {
        maxAttempts: 2,
      }),
    ).rejects.toThrow(
      `Branch llmd/test of ${remote} kept changing while this run committed (2 attempts, last: its ref is locked by refs/heads/llmd/test.lock, which git or another run holds)`,
    );
  });
});
