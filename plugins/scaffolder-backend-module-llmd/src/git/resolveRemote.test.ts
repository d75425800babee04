import { InputError } from '@backstage/errors';
import { resolve } from 'node:path';
import { redact, resolveRemote } from './resolveRemote';

describe('resolveRemote', () => {
  it('treats paths and file:// URLs as bare repositories', () => {
    expect(resolveRemote('/srv/gitops.git')).toEqual({
      type: 'bare',
      gitdir: '/srv/gitops.git',
      display: '/srv/gitops.git',
    });
    expect(resolveRemote('file:///srv/gitops%20x.git')).toMatchObject({
      type: 'bare',
      gitdir: '/srv/gitops x.git',
    });
    // Relative to the backend's working directory, like app-config file locations.
    expect(resolveRemote('../../.llmd-data/gitops.git')).toMatchObject({
      gitdir: resolve('../../.llmd-data/gitops.git'),
    });
  });

  it('treats http(s) URLs as git over http, naming them without credentials', () => {
    expect(resolveRemote('https://user:tok@git.example.com/o/r.git')).toEqual({
      type: 'http',
      url: 'https://user:tok@git.example.com/o/r.git',
      display: 'https://git.example.com/o/r.git',
    });
  });

  it.each([
    ['', 'must not be empty'],
    ['ssh://git@host/r.git', 'ssh:// is not supported'],
    ['git@github.com:o/r.git', 'looks like a forge or ssh address'],
    ['github.com?owner=o&repo=r', 'looks like a forge or ssh address'],
  ])('refuses %j', (url, message) => {
    const attempt = () => resolveRemote(url);
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(message);
  });

  it('keeps credentials out of its error messages', () => {
    expect(() => resolveRemote('ftp://u:secret@h/r')).toThrow(
      "remoteUrl 'ftp://h/r': ftp:// is not supported",
    );
  });
});

describe('redact', () => {
  it('leaves URLs without credentials and non-URLs as they are', () => {
    expect(redact('http://h/r.git')).toBe('http://h/r.git');
    expect(redact('/srv/r.git')).toBe('/srv/r.git');
  });
});
