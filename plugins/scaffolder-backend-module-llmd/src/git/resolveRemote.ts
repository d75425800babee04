import { InputError } from '@backstage/errors';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a branch is pushed: a bare repository on disk, or an http(s) git remote. */
export type GitRemote =
  | {
      type: 'bare';
      /** Absolute path of the bare repository (its git directory). */
      gitdir: string;
      /** How logs and outputs name it. */
      display: string;
    }
  | {
      type: 'http';
      url: string;
      /** The URL without credentials, for logs and outputs. */
      display: string;
    };

/**
 * Classifies `remoteUrl`: a `file://` URL or a path (relative paths resolve
 * against the backend's working directory, like other file locations in
 * app-config) is a bare repository; `http(s)://` is a git http remote.
 * Anything else (ssh, scp-like `git@host:repo`, the scaffolder's
 * `github.com?owner=…` form) is refused: those go through the forge's own
 * publish actions.
 */
export function resolveRemote(remoteUrl: string): GitRemote {
  const fail = (problem: string) =>
    new InputError(`remoteUrl '${redact(remoteUrl)}': ${problem}`);
  const trimmed = remoteUrl.trim();
  if (trimmed === '') throw fail('must not be empty');
  const scheme = trimmed.match(/^([a-z][a-z0-9+.-]*):\/\//i)?.[1].toLowerCase();
  if (scheme === 'file') {
    let gitdir: string;
    try {
      gitdir = fileURLToPath(trimmed);
    } catch (error) {
      throw fail(`not a valid file URL (${(error as Error).message})`);
    }
    return { type: 'bare', gitdir, display: gitdir };
  }
  if (scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw fail('not a valid URL');
    }
    return {
      type: 'http',
      url: url.toString(),
      display: redact(url.toString()),
    };
  }
  if (scheme) {
    throw fail(
      `${scheme}:// is not supported; use a bare repository path, file:// or http(s)://`,
    );
  }
  if (trimmed.includes('?') || /^[^/]*:/.test(trimmed)) {
    throw fail(
      'looks like a forge or ssh address; use a bare repository path, file:// or http(s):// ' +
        '(GitHub and GitLab publish through their own actions)',
    );
  }
  const gitdir = resolve(trimmed);
  return { type: 'bare', gitdir, display: gitdir };
}

/** Drops the user and password of a URL so that tokens never reach logs or outputs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
