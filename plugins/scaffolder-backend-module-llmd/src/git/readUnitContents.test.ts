import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { chmodSync, symlinkSync } from 'node:fs';
import { listWorkspaceFiles } from '../workspace/listWorkspaceFiles';
import { readUnitContents } from './readUnitContents';

describe('listWorkspaceFiles and readUnitContents', () => {
  const dir = createMockDirectory();
  beforeEach(() => dir.clear());

  it('lists files without following symlinks and skips .git', async () => {
    dir.setContent({
      'a/x.yaml': 'x',
      'a/b/y.sh': 'y',
      '.git/config': '',
      'b/.git/HEAD': '',
    });
    symlinkSync('/etc', dir.resolve('etc'));

    expect(await listWorkspaceFiles(dir.path)).toEqual({
      files: ['a/b/y.sh', 'a/x.yaml'],
      others: ['etc'],
    });
  });

  it('reads each unit with contents and executable bit', async () => {
    dir.setContent({
      'a/x.yaml': 'x: 1\n',
      'a/b/y.sh': '#!/bin/sh\n',
      'c/z': '',
    });
    chmodSync(dir.resolve('a/b/y.sh'), 0o755);
    const listing = await listWorkspaceFiles(dir.path);

    const contents = await readUnitContents(dir.path, listing, ['a', 'gone']);

    expect([...contents.keys()]).toEqual(['a', 'gone']);
    expect(contents.get('a')).toEqual([
      {
        path: 'a/b/y.sh',
        content: Buffer.from('#!/bin/sh\n'),
        executable: true,
      },
      { path: 'a/x.yaml', content: Buffer.from('x: 1\n'), executable: false },
    ]);
    expect(contents.get('gone')).toEqual([]);
  });

  it('refuses a unit below a symlinked directory rather than dropping it', async () => {
    dir.setContent({ 'real/x.yaml': 'x' });
    symlinkSync(dir.resolve('real'), dir.resolve('linked'));
    const listing = await listWorkspaceFiles(dir.path);

    await expect(
      readUnitContents(dir.path, listing, ['linked/sub']),
    ).rejects.toThrow(
      new InputError(
        "unit 'linked/sub' holds symlinks or special files, which are not pushed: linked",
      ),
    );
  });

  it('refuses a unit that is a file', async () => {
    dir.setContent({ a: 'x' });
    const listing = await listWorkspaceFiles(dir.path);
    await expect(readUnitContents(dir.path, listing, ['a'])).rejects.toThrow(
      "unit 'a' is a file, not a directory",
    );
  });
});
