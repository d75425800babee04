import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';

/**
 * Refuses an http(s) remote on a host no integration covers (`integrations.github`, `gitlab`, `gitea`, ... in
 * app-config, plus the public hosts `@backstage/integration` always knows, such as github.com). A template names the
 * remote, so without this it could make the backend send requests to any host it reaches (internal services, cloud
 * metadata endpoints) and push the change wherever it likes. The configured `llmd.gitops.repoUrl` is always allowed.
 *
 * @throws InputError naming the host and the configuration that would allow it
 */
export function assertIntegrationHost(
  integrations: ScmIntegrationRegistry,
  remoteUrl: string,
  display: string,
): void {
  const { host } = new URL(remoteUrl);
  if (integrations.byHost(host)) return;
  throw new InputError(
    `remoteUrl '${display}': host ${host} is no configured integration; ` +
      'add it under integrations (app-config) or use llmd.gitops.repoUrl',
  );
}
