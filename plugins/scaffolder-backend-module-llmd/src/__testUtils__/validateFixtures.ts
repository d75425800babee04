import {
  type GitopsFile,
  renderFromInput,
  resolveRenderTarget,
} from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';

/** `llmd.gitops` without CRD directories: the clusters (if any) and the bundled catalog decide. */
export const VALIDATE_GITOPS: GitopsConfig = {
  provider: 'local',
  targetBranch: 'main',
  target: resolveRenderTarget(),
  crdDirectories: [],
};

/** The model service most validation tests render: team-a/granite-8b behind team-a's Gateway. */
const VALIDATE_MODEL = {
  name: 'granite-8b',
  namespace: 'team-a',
  owner: 'group:default/team-a',
  model: { uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:granite' },
  gateway: { name: 'team-a-gateway', namespace: 'team-a' },
};

/** The GitOps files of a rendered model service ({@link VALIDATE_MODEL} with `overrides` on top). */
export function renderedModelFiles(overrides: object = {}): GitopsFile[] {
  const outcome = renderFromInput('model', { ...VALIDATE_MODEL, ...overrides });
  if (!outcome.success) throw new Error('fixture does not render');
  return [...outcome.result.files];
}
