import type { Config } from '@backstage/config';
import {
  renderTargetSchema,
  resolveRenderTarget,
  type RenderTarget,
} from '@llmd/plugin-llmd-common';

/**
 * The publish providers templates choose between.
 *
 * @public
 */
export const GITOPS_PROVIDERS = ['local', 'github', 'gitlab'] as const;

/**
 * A publish provider.
 *
 * @public
 */
export type GitopsProvider = (typeof GITOPS_PROVIDERS)[number];

/**
 * `llmd.gitops` with defaults applied.
 *
 * @public
 */
export interface GitopsConfig {
  readonly provider: GitopsProvider;
  readonly repoUrl?: string;
  readonly targetBranch: string;
  readonly target: RenderTarget;
  readonly crdDirectories: readonly string[];
  /** `llmd:gitops:validate` refuses changes to tenants the task's user may not propose to (`llmd.tenant.propose`). */
  readonly requireTenantMembership?: boolean;
}

/**
 * Reads `llmd.gitops` (see config.d.ts). Throws on values no action could work with, so a misconfigured portal fails
 * at start-up instead of in the middle of someone's template run.
 *
 * @public
 */
export function readGitopsConfig(config: Config): GitopsConfig {
  const gitops = config.getOptionalConfig('llmd.gitops');
  const provider = gitops?.getOptionalString('provider') ?? 'local';
  if (!(GITOPS_PROVIDERS as readonly string[]).includes(provider)) {
    throw new Error(
      `llmd.gitops.provider must be one of ${GITOPS_PROVIDERS.join(
        ', ',
      )}; got "${provider}"`,
    );
  }
  const rawTarget = gitops?.getOptional('target') ?? {};
  const target = renderTargetSchema.safeParse(rawTarget);
  if (!target.success) {
    throw new Error(
      `llmd.gitops.target is invalid: ${target.error.issues
        .map(i => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  const repoUrl = gitops?.getOptionalString('repoUrl');
  // The forge actions need a repository; the local one can also get it per step.
  if (provider !== 'local' && !repoUrl) {
    throw new Error(
      `llmd.gitops.repoUrl is required with provider ${provider} (e.g. ${provider}.com?owner=example-org&repo=llmd-gitops)`,
    );
  }
  return {
    provider: provider as GitopsProvider,
    repoUrl,
    targetBranch: gitops?.getOptionalString('targetBranch') ?? 'main',
    target: resolveRenderTarget(target.data),
    crdDirectories:
      gitops?.getOptionalStringArray('validation.crdDirectories') ?? [],
    // Off by default: a library user's policy may not know the permission yet; the dev portal turns it on.
    requireTenantMembership:
      gitops?.getOptionalBoolean('validation.requireTenantMembership') ?? false,
  };
}
