import type { ScmIntegrationRegistry } from '@backstage/integration';

/** Basic credentials for a git http remote (empty for anonymous access). */
export interface HttpAuth {
  username: string;
  password: string;
}

/**
 * Splits the credentials off a git http URL: credentials written into the
 * URL win, then the token of the matching integration (`integrations.github`,
 * `integrations.gitlab`, `integrations.gitea` in app-config), else anonymous.
 * The returned URL has no credentials, so it can be logged.
 *
 * GitHub App credentials are not used: GitHub publishes through
 * `publish:github:pull-request`, this is for plain git servers.
 */
export function httpAuthFor(
  integrations: ScmIntegrationRegistry,
  remoteUrl: string,
): { url: string; auth: HttpAuth } {
  const url = new URL(remoteUrl);
  if (url.username || url.password) {
    const auth = {
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    };
    url.username = '';
    url.password = '';
    return { url: url.toString(), auth };
  }
  const github = integrations.github.byUrl(url)?.config.token;
  if (github) {
    return {
      url: url.toString(),
      auth: { username: 'x-access-token', password: github },
    };
  }
  const gitlab = integrations.gitlab.byUrl(url)?.config.token;
  if (gitlab) {
    return {
      url: url.toString(),
      auth: { username: 'oauth2', password: gitlab },
    };
  }
  const gitea = integrations.gitea.byUrl(url)?.config;
  if (gitea?.password) {
    return {
      url: url.toString(),
      auth: { username: gitea.username ?? '', password: gitea.password },
    };
  }
  return { url: url.toString(), auth: { username: '', password: '' } };
}
